namespace VnTechNewsExtractor.Companies.Learning;

/// <summary>The BIO tag of one token: outside a company name, its first token, or a following one.</summary>
internal enum NameTag : byte
{
    /// <summary>Not part of a company name.</summary>
    O,

    /// <summary>The first token of a company name.</summary>
    B,

    /// <summary>A later token of a company name.</summary>
    I,
}
