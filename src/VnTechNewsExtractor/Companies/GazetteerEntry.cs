namespace VnTechNewsExtractor.Companies;

/// <summary>One organisation of the gazetteer.</summary>
/// <param name="Name">Canonical name.</param>
/// <param name="Aliases">Other names it goes by.</param>
/// <param name="Type">company, group, startup, bank, fund, vc, unit.</param>
/// <param name="Parent">The parent group's canonical name, if any.</param>
public sealed record GazetteerEntry(string Name, IReadOnlyList<string> Aliases, string Type, string? Parent);
