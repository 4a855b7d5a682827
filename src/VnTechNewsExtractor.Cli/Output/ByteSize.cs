using System.Globalization;
using System.Text.RegularExpressions;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>Sizes as people write them: "500000", "64KB", "64MB", "1GB" (powers of 1024).</summary>
internal static partial class ByteSize
{
    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>B|KB|KIB|MB|MIB|GB|GIB)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var m = text is null ? Match.Empty : Pattern().Match(text);
        if (!m.Success) return false;
        double n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        long unit = m.Groups["u"].Value.ToUpperInvariant() switch
        {
            "KB" or "KIB" => 1L << 10,
            "MB" or "MIB" => 1L << 20,
            "GB" or "GIB" => 1L << 30,
            _ => 1,
        };
        bytes = (long)(n * unit);
        return bytes > 0;
    }
}
