using System.Globalization;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>A count with its noun in the right number: "1 file", "2 files", "1 company", "3 companies".</summary>
internal static class Counted
{
    public static string Of(int count, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many ?? one + "s")}");
}
