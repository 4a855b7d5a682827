using System.Globalization;

namespace VnTechNewsExtractor.Deals;

/// <summary>The days a date as precise as written covers: "2024" is the whole year, "2024-05" the month, "2024-05-14" one day.</summary>
internal readonly record struct DateInterval(DateOnly First, DateOnly Last)
{
    /// <summary>Reads "yyyy", "yyyy-MM" or "yyyy-MM-dd"; null for anything else.</summary>
    public static DateInterval? Parse(string? text)
    {
        if (text is null) return null;
        var styles = DateTimeStyles.None;
        var c = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", c, styles, out var day)) return new DateInterval(day, day);
        if (DateOnly.TryParseExact(text, "yyyy-MM", c, styles, out var month)) return new DateInterval(month, month.AddMonths(1).AddDays(-1));
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, c, out var year) && year is >= 1 and <= 9999)
            return new DateInterval(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        return null;
    }

    /// <summary>Days between the two intervals; 0 when they overlap.</summary>
    public int GapTo(DateInterval other)
    {
        if (other.First > Last) return other.First.DayNumber - Last.DayNumber;
        if (First > other.Last) return First.DayNumber - other.Last.DayNumber;
        return 0;
    }

    /// <summary>The smallest interval holding both.</summary>
    public DateInterval Span(DateInterval other) => new(First < other.First ? First : other.First, Last > other.Last ? Last : other.Last);
}
