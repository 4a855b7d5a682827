using System.Globalization;
using System.Text.RegularExpressions;
using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Quantities;

/// <summary>Finds percentages ("10%", "10,5 phần trăm"), the stakes of investment relations.</summary>
internal static partial class PercentRecognizer
{
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<n>\d+(?:,\d+)?)\s*(?:%|phần trăm)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static List<PercentValue> Recognize(string matchText)
    {
        var found = new List<PercentValue>();
        foreach (Match m in Pattern().Matches(matchText))
        {
            var n = m.Groups["n"].Value.Replace(',', '.');
            if (double.TryParse(n, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v))
                found.Add(new PercentValue(new TextSpan(m.Index, m.Index + m.Length), v));
        }
        return found;
    }
}
