using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Companies.Learning;

/// <summary>
/// What the hand rules said about a document's names, read by the <see cref="CompanyTagger"/> as features: the
/// rules' company mentions (with the kind of evidence), the capitalised names no rule claimed, and the people.
/// </summary>
internal sealed record TaggerEvidence(IReadOnlyList<CompanyMention> Companies, IReadOnlyList<CompanyMention> Candidates, IReadOnlyList<PersonMention> People);
