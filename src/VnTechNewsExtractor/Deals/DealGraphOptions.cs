namespace VnTechNewsExtractor.Deals;

/// <summary>How <see cref="DealGraph"/> decides that two reports are one deal.</summary>
public sealed record DealGraphOptions
{
    /// <summary>
    /// Reports whose dates lie at most this many days apart are one deal unless their rounds differ (different sites
    /// give different figures for one deal). Further apart, they are one deal only when their amounts (or stakes) agree
    /// or they name the same round. 120 days by default: a round is reported over days or weeks, and the same two
    /// parties rarely close two deals within four months.
    /// </summary>
    public int SameDealDays { get; init; } = 120;

    /// <summary>
    /// Two amounts agree when they differ by at most this fraction of the larger, compared in US dollars (or in their
    /// common currency): 0.25 by default, which absorbs rounding ("hơn 1.200 tỷ đồng" against "50 triệu USD") and a
    /// yearly average rate against the day's rate.
    /// </summary>
    public double AmountTolerance { get; init; } = 0.25;

    /// <summary>The rates that give amounts in other currencies a US dollar figure; the shipped table by default.</summary>
    public ExchangeRateTable ExchangeRates { get; init; } = ExchangeRateTable.Default;

    /// <summary>Known companies whose names and aliases are one company everywhere; the shipped gazetteer by default, null for none.</summary>
    public Companies.CompanyGazetteer? Gazetteer { get; init; } = Companies.CompanyGazetteer.Default;
}
