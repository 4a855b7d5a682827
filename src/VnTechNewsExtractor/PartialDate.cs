using System.Globalization;

namespace VnTechNewsExtractor;

/// <summary>A date known as precisely as a text gives it: a year, a month of a year, or a day.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1-12), when known.</param>
/// <param name="Day">The day of the month, when known (only with <paramref name="Month"/>).</param>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null)
{
    /// <summary>Reads "2024", "2024-03" or "2024-03-28"; false for anything else, an impossible date included.</summary>
    public static bool TryParse(string? iso, out PartialDate date)
    {
        date = null!;
        if (iso is null) return false;
        var parts = iso.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1) return false;
        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int m) || m is < 1 or > 12) return false;
            month = m;
        }
        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out int d) || d < 1 || d > DateTime.DaysInMonth(year, month!.Value)) return false;
            day = d;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The ISO 8601 text, as precise as the date: "2024", "2024-03" or "2024-03-28".</summary>
    public override string ToString() => (Month, Day) switch
    {
        ({ } m, { } d) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}-{d:D2}"),
        ({ } m, null) => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{m:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };
}
