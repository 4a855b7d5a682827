namespace VnTechNewsExtractor.Deals;

/// <summary>
/// One deal however many articles report it: who invested in whom, how, for how much and when, with every report of it
/// (<see cref="Sources"/>). Made by <see cref="DealGraph"/>.
/// </summary>
public sealed record Deal
{
    /// <summary>A stable identifier: the same reports give the same id on every run.</summary>
    public required string Id { get; init; }

    /// <summary>The company, fund or person investing.</summary>
    public required DealCompany Investor { get; init; }

    /// <summary>The company invested in or acquired.</summary>
    public required DealCompany Investee { get; init; }

    /// <summary>What kind of deal the reports say it is (the most reported kind).</summary>
    public InvestmentKind Kind { get; init; }

    /// <summary>The amount most reports give (exact figures before approximate ones); null when no report gives one.</summary>
    public DealAmount? Amount { get; init; }

    /// <summary>Every distinct amount the reports give, the most reported first.</summary>
    public IReadOnlyList<DealAmount> Amounts { get; init; } = [];

    /// <summary>The deal's size in US dollars: <see cref="Amount"/>'s USD figure, else the first amount that has one.</summary>
    public decimal? AmountUsd { get; init; }

    /// <summary>The share acquired or held, in percent (the most reported figure).</summary>
    public decimal? StakePercent { get; init; }

    /// <summary>The funding round ("Series B", "Seed"), when a report names one.</summary>
    public string? Round { get; init; }

    /// <summary>When: the most precise date a report's text gives ("2024", "2024-05", "2024-05-14"), else the day the first report was published.</summary>
    public string? Date { get; init; }

    /// <summary>Where <see cref="Date"/> comes from: "text" (an article states it) or "publishedAt" (the first report's publication day).</summary>
    public string? DateFrom { get; init; }

    /// <summary>How sure the reports together make the deal, from 0 to 1: 1 − Π(1 − cᵢ) over the articles' confidences (an article's best report), at most 0.99.</summary>
    public double Confidence { get; init; }

    /// <summary>Every report of the deal, the earliest published first.</summary>
    public IReadOnlyList<DealSource> Sources { get; init; } = [];
}
