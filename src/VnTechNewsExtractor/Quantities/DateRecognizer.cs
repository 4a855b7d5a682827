using System.Globalization;
using System.Text.RegularExpressions;
using VnTechNewsExtractor.Money;

namespace VnTechNewsExtractor.Quantities;

/// <summary>
/// Finds dates in Vietnamese news as precisely as written: "năm 2019" → 2019, "tháng 3/2024" → 2024-03,
/// "28/3/2024" → 2024-03-28, and phrases such as "năm ngoái", "đầu tháng này", "tháng 3 năm nay"
/// (Resources/quantities/relative-dates.tsv) relative to the publication date.
/// </summary>
internal static class DateRecognizer
{
    private static readonly PhraseTrie<RelativeDate> Relative = LoadRelative();

    // Alternatives of fixed shape with bounded digit runs, and the relative phrases of the data file as
    // literals: matching never backtracks more than a few characters.
    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\d/])(?:(?<d>\d{1,2})[/-](?<m>\d{1,2})[/-](?<y>(?:19|20)\d\d)|tháng\s+(?<m>\d{1,2})[/-](?<y>(?:19|20)\d\d)|tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>(?:19|20)\d\d)|tháng\s+(?<m>\d{1,2})\s+(?<rel>"
        + RelativeAlternatives() + @")|năm\s+(?<y>(?:19|20)\d\d)|(?<rel>" + RelativeAlternatives() + @"))(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>The dates in <paramref name="matchText"/> between <paramref name="start"/> and <paramref name="end"/>, as (offset, ISO text).</summary>
    public static IEnumerable<(int Offset, string Value)> Recognize(string matchText, int start, int end, DateTimeOffset? publishedAt)
    {
        ArgumentNullException.ThrowIfNull(matchText);
        foreach (Match m in Pattern.Matches(matchText[..end], start))
        {
            if (m.Groups["rel"].Success)
            {
                if (publishedAt is not { } p) continue;
                var relText = m.Groups["rel"].Value;
                if (!Relative.TryMatch(relText, 0, out var rel, out var relEnd) || relEnd != relText.Length) continue;
                if (m.Groups["m"].Success)
                {
                    // "tháng 3 năm nay": the month as written, in the year the phrase names
                    int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                    if (month is < 1 or > 12 || rel.Precision != "year") continue;
                    yield return (m.Index, $"{p.Year + rel.Offset:D4}-{month:D2}");
                    continue;
                }
                yield return (m.Index, rel.Precision switch
                {
                    "year" => (p.Year + rel.Offset).ToString("D4", CultureInfo.InvariantCulture),
                    "month" => p.AddMonths(rel.Offset).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => p.AddDays(rel.Offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                });
                continue;
            }
            int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["m"].Success)
            {
                int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (mo is < 1 or > 12) continue;
                if (m.Groups["d"].Success)
                {
                    int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                    if (d < 1 || d > DateTime.DaysInMonth(y, mo)) continue;
                    yield return (m.Index, $"{y:D4}-{mo:D2}-{d:D2}");
                }
                else yield return (m.Index, $"{y:D4}-{mo:D2}");
            }
            else yield return (m.Index, y.ToString("D4", CultureInfo.InvariantCulture));
        }
    }

    private static string RelativeAlternatives() => string.Join('|', Relative.Phrases
        .OrderByDescending(p => p.Length)
        .Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal)));

    private static PhraseTrie<RelativeDate> LoadRelative()
    {
        var trie = new PhraseTrie<RelativeDate>();
        foreach (var line in ResourceData.ReadLines("quantities.relative-dates.tsv"))
        {
            var cols = line.Split('\t');
            trie.Add(cols[0], new RelativeDate(cols[1], int.Parse(cols[2], CultureInfo.InvariantCulture)));
        }
        return trie;
    }
}
