namespace VnTechNewsExtractor.Money;

/// <summary>A magnitude word of the lexicon ("tỷ" = 10⁹).</summary>
/// <param name="Surface">As written (lower-case).</param>
/// <param name="Power">The power of ten.</param>
internal sealed record MagnitudeWord(string Surface, int Power);
