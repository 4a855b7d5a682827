namespace VnTechNewsExtractor.Deals;

/// <summary>The reports gathered as one deal between two parties while <see cref="DealGraph"/> builds its table.</summary>
internal sealed class DealCluster
{
    public List<DealReport> Reports { get; } = [];

    /// <summary>The days the reports cover; null while no report has a date.</summary>
    public DateInterval? When { get; private set; }

    /// <summary>The round the reports name (compared form), if any.</summary>
    public string? RoundKey { get; private set; }

    public void Add(DealReport report)
    {
        Reports.Add(report);
        if (report.When is { } w) When = When is { } c ? c.Span(w) : w;
        RoundKey ??= report.RoundKey;
    }

    /// <summary>
    /// Whether <paramref name="report"/> can be this deal, and how far it lies from it in days (0 when undated): never
    /// when both name different rounds; within <see cref="DealGraphOptions.SameDealDays"/>, always (sites differ on
    /// figures); further apart, only when an amount or stake agrees or both name the same round.
    /// </summary>
    public bool Accepts(DealReport report, DealGraphOptions options, out int gap)
    {
        gap = report.When is { } w && When is { } c ? c.GapTo(w) : 0;
        if (report.RoundKey is not null && RoundKey is not null && report.RoundKey != RoundKey) return false;
        if (gap <= options.SameDealDays) return true;
        if (report.RoundKey is not null && report.RoundKey == RoundKey) return true;
        return Reports.Any(r => AmountsAgree(r, report, options.AmountTolerance) || StakesAgree(r, report));
    }

    private static bool AmountsAgree(DealReport a, DealReport b, double tolerance)
    {
        if (a.Amount is not { } x || b.Amount is not { } y) return false;
        if (x.Usd is { } ux && y.Usd is { } uy) return Close(ux, uy, tolerance);
        return string.Equals(x.Currency, y.Currency, StringComparison.Ordinal) && Close(x.Value, y.Value, tolerance);
    }

    private static bool StakesAgree(DealReport a, DealReport b) =>
        a.StakePercent is { } x && b.StakePercent is { } y && Math.Abs(x - y) <= 1;

    private static bool Close(decimal a, decimal b, double tolerance)
    {
        var larger = Math.Max(Math.Abs(a), Math.Abs(b));
        return larger == 0 || (double)(Math.Abs(a - b) / larger) <= tolerance;
    }
}
