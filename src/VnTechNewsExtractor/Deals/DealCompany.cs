namespace VnTechNewsExtractor.Deals;

/// <summary>A company as the deal table knows it: one canonical name and every other form the articles used.</summary>
/// <param name="Name">The canonical name: the gazetteer's name for a known company, else the form the reports use most.</param>
/// <param name="Aliases">Every other name seen for it (other spellings, registered names, short names, tickers), sorted.</param>
public sealed record DealCompany(string Name, IReadOnlyList<string> Aliases);
