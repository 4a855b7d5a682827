namespace VnTechNewsExtractor.Documents;

/// <summary>One place where a company is named.</summary>
/// <param name="Span">The name's characters (without a designator such as "công ty").</param>
/// <param name="Key">The identity the mention resolves to: mentions with the same key are one company.</param>
/// <param name="Name">The canonical name for the key.</param>
/// <param name="Source">What evidence found it.</param>
public sealed record CompanyMention(TextSpan Span, string Key, string Name, CompanyEvidence Source);
