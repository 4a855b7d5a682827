using System.Text.RegularExpressions;

namespace VnTechNewsExtractor.Deals;

/// <summary>
/// Stock codes an article states for a company right after naming it: "Tập đoàn Bình Minh (HoSE: BMG)", "Thế Giới Di
/// Động (mã chứng khoán: MWG)", "…, mã cổ phiếu BMG". Another article may then call the company by its code alone.
/// </summary>
internal static partial class TickerStatements
{
    // The code is 3 capital letters or digits (Vietnamese listings use three; four or five covers foreign ones).
    [GeneratedRegex(@"\G\s*(?:\(\s*(?:(?:HoSE|HOSE|HSX|HNX|UPCoM|UPCOM|OTC|NYSE|NASDAQ|Nasdaq|mã(?: chứng khoán| cổ phiếu| CK)?)\s*:?\s*)(?<code>[A-Z][A-Z0-9]{2,4})\s*\)|,\s*mã (?:chứng khoán|cổ phiếu|CK)\s*:?\s*(?<code>[A-Z][A-Z0-9]{2,4})\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CodeAfterName();

    /// <summary>(company name, code) for every mention of a company in <paramref name="article"/> followed by a stated code.</summary>
    public static IEnumerable<(string Company, string Code)> Find(ArticleAnalysis article)
    {
        var text = article.Text;
        foreach (var company in article.Companies)
        {
            foreach (var mention in company.Mentions)
            {
                if (mention.End <= 0 || mention.End >= text.Length) continue;
                var m = CodeAfterName().Match(text, mention.End);
                if (m.Success) yield return (company.Name, m.Groups["code"].Value);
            }
        }
    }
}
