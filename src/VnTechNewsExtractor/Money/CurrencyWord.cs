namespace VnTechNewsExtractor.Money;

/// <summary>A currency word or sign of the lexicon.</summary>
/// <param name="Surface">As written (lower-case).</param>
/// <param name="Code">ISO 4217 code.</param>
/// <param name="Position">Where it may stand.</param>
internal sealed record CurrencyWord(string Surface, string Code, CurrencyPosition Position);
