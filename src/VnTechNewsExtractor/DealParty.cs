namespace VnTechNewsExtractor;

/// <summary>The investor or the investee of an <see cref="InvestmentRelation"/>, typed.</summary>
/// <param name="Name">The name, as in <see cref="InvestmentRelation.Investor"/> or <see cref="InvestmentRelation.Investee"/>.</param>
/// <param name="Kind">A company, a fund, a person, a state body, or unknown.</param>
/// <param name="CompanyIndex">
/// Where the party is in the record's <see cref="ArticleAnalysis.Companies"/> (0-based), which links the deal to the
/// company's mentions and aliases; null when it is not one of them (a person, a name no rule took for a company).
/// </param>
public sealed record DealParty(string Name, PartyKind Kind, int? CompanyIndex);
