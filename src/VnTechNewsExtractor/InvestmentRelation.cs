namespace VnTechNewsExtractor;

/// <summary>A directed deal: <see cref="Investor"/> put money into, pledged, acquired or holds a stake in <see cref="Investee"/>.</summary>
/// <param name="Investor">The company, fund or person investing.</param>
/// <param name="Investee">The company or project invested in.</param>
/// <param name="Kind">What kind of deal this is.</param>
/// <param name="Evidence">The sentence that states it.</param>
/// <param name="Confidence">How sure the extractor is, from 0 to 1.</param>
public sealed record InvestmentRelation(string Investor, string Investee, InvestmentKind Kind, Evidence Evidence, double Confidence)
{
    private readonly DealParty? _investorParty;
    private readonly DealParty? _investeeParty;

    /// <summary>The amount the text ties to this deal, if any.</summary>
    public MoneyAmount? Amount { get; init; }

    /// <summary>The share acquired or held, in percent.</summary>
    public decimal? StakePercent { get; init; }

    /// <summary>The funding round ("Series B", "vòng hạt giống").</summary>
    public string? Round { get; init; }

    /// <summary>When, as precisely as the text allows: "2024", "2024-03" or "2024-03-28".</summary>
    public string? Date { get; init; }

    /// <summary><see cref="Date"/> as year, month and day, those the text gives; null when there is no date.</summary>
    public PartialDate? DateParts => PartialDate.TryParse(Date, out var date) ? date : null;

    /// <summary>
    /// <see cref="Investor"/> typed: its kind and its place in the article's companies. The analyzer sets it; a
    /// relation built without one reports the name with <see cref="PartyKind.Unknown"/>.
    /// </summary>
    public DealParty InvestorParty
    {
        get => _investorParty ?? new DealParty(Investor, PartyKind.Unknown, null);
        init => _investorParty = value;
    }

    /// <summary><see cref="Investee"/> typed, as <see cref="InvestorParty"/>.</summary>
    public DealParty InvesteeParty
    {
        get => _investeeParty ?? new DealParty(Investee, PartyKind.Unknown, null);
        init => _investeeParty = value;
    }
}
