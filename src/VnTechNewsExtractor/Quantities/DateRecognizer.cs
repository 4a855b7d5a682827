using System.Globalization;
using System.Text.RegularExpressions;

namespace VnTechNewsExtractor.Quantities;

/// <summary>
/// Finds dates in Vietnamese news as precisely as written: "năm 2019" → 2019, "tháng 3/2024" → 2024-03,
/// "28/3/2024" → 2024-03-28, and "năm ngoái", "năm nay", "tháng này" relative to the publication date.
/// </summary>
internal static partial class DateRecognizer
{
    [GeneratedRegex(@"(?<![\p{L}\d/])(?:(?<d>\d{1,2})[/-](?<m>\d{1,2})[/-](?<y>(?:19|20)\d\d)|tháng\s+(?<m>\d{1,2})[/-](?<y>(?:19|20)\d\d)|tháng\s+(?<m>\d{1,2})\s+năm\s+(?<y>(?:19|20)\d\d)|năm\s+(?<y>(?:19|20)\d\d)|(?<rel>năm ngoái|năm trước|năm nay|tháng này|tháng trước|đầu tháng này|đầu năm nay|cuối năm ngoái))(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();

    /// <summary>The dates in <paramref name="matchText"/> between <paramref name="start"/> and <paramref name="end"/>, as (offset, ISO text).</summary>
    public static IEnumerable<(int Offset, string Value)> Recognize(string matchText, int start, int end, DateTimeOffset? publishedAt)
    {
        foreach (Match m in Pattern().Matches(matchText[..end], start))
        {
            if (m.Groups["rel"].Success)
            {
                if (publishedAt is not { } p) continue;
                var rel = m.Groups["rel"].Value;
                string value = rel switch
                {
                    "năm ngoái" or "năm trước" or "cuối năm ngoái" => (p.Year - 1).ToString(CultureInfo.InvariantCulture),
                    "năm nay" or "đầu năm nay" => p.Year.ToString(CultureInfo.InvariantCulture),
                    "tháng trước" => p.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _ => p.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                };
                yield return (m.Index, value);
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
}
