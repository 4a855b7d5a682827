namespace VnTechNewsExtractor.Deals;

/// <summary>
/// One article's relation, kept without the article: the parties' keys, what it says of the deal, its amount with a
/// USD figure (which needs the article's other amounts, so it is worked out when the article is added) and the days
/// it can refer to.
/// </summary>
internal sealed record DealReport
{
    public required string InvestorKey { get; init; }

    public required string InvesteeKey { get; init; }

    public required DealSource Source { get; init; }

    public DealAmount? Amount { get; init; }

    public decimal? StakePercent { get; init; }

    public string? Round { get; init; }

    /// <summary>The round as compared: case and accents aside.</summary>
    public string? RoundKey { get; init; }

    /// <summary>The days the report can refer to: its text's date, else its publication day; null when it has neither.</summary>
    public DateInterval? When { get; init; }

    /// <summary>Order of arrival, to keep results independent of dictionary order.</summary>
    public int Sequence { get; init; }
}
