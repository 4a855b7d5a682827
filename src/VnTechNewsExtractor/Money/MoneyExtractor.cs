using System.Text.RegularExpressions;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Money;

/// <summary>Finds the spans of money amounts in text (the parser resolves their values).</summary>
internal sealed class MoneyExtractor
{
    private const string Num = @"\d+(?:[.,]\d+)*";
    private readonly Regex _pattern;

    public MoneyExtractor(MoneyLexicon lexicon)
    {
        string Alt(IEnumerable<string> words) => string.Join('|', words.OrderByDescending(w => w.Length).Select(Regex.Escape));
        var mag = Alt(lexicon.Magnitudes.Keys);
        var before = Alt(lexicon.CurrenciesBefore);
        var after = Alt(lexicon.CurrenciesAfter);
        var qual = Alt(lexicon.Qualifiers.Keys);
        _pattern = new Regex($$"""
            (?<![\p{L}\d.,$])
            (?:(?<q>{{qual}})\s+)?
            (?:
              (?<vague>hàng|vài|mấy|hàng\ chục|hàng\ trăm|hàng\ nghìn|hàng\ ngàn)\s+(?<mag>{{mag}})\s*(?<cur>{{after}})
            | (?<vague>bạc)\s+(?<mag>tỷ|tỉ|triệu)
            | (?:từ\s+)?(?<num>{{Num}})\s*(?<mag>{{mag}})?\s*(?:-|đến|tới)\s*(?<max>{{Num}})\s*(?<maxmag>{{mag}})?\s*(?<cur>{{after}})
            | (?<pre>{{before}})\s?(?<num>{{Num}})(?:\s*(?<mag>{{mag}}))?
            | (?<num>{{Num}})(?:\s*(?<mag>{{mag}})(?:\s+(?<num2>\d+(?:[.,]\d+)?)\s*(?<mag2>{{mag}}))?)?\s*(?<cur>{{after}})
            )
            (?![\p{L}\d])
            """,
            RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    /// <summary>Candidates in <paramref name="matchText"/> (the <see cref="TextNormalizer.ForMatching"/> form of the text).</summary>
    public IEnumerable<MoneyCandidate> Extract(string matchText)
    {
        foreach (Match m in _pattern.Matches(matchText))
        {
            string? G(string name) => m.Groups[name].Success ? m.Groups[name].Value : null;
            var pre = G("pre");
            yield return new MoneyCandidate(
                m.Index, m.Index + m.Length, G("q"), G("num"), G("mag"), G("num2"), G("mag2"), G("max"), G("maxmag"),
                pre ?? G("cur"), pre is not null, m.Groups["vague"].Success);
        }
    }
}
