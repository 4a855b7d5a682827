using System.Globalization;
using System.Text.RegularExpressions;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>Durations as people write them: "30" or "30s", "500ms", "2m".</summary>
internal static partial class Duration
{
    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>ms|s|m)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        var m = text is null ? Match.Empty : Pattern().Match(text);
        if (!m.Success) return false;
        double n = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        duration = m.Groups["u"].Value.ToUpperInvariant() switch
        {
            "MS" => TimeSpan.FromMilliseconds(n),
            "M" => TimeSpan.FromMinutes(n),
            _ => TimeSpan.FromSeconds(n),
        };
        return duration > TimeSpan.Zero && duration < TimeSpan.FromDays(1);
    }
}
