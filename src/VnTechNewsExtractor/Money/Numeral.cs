namespace VnTechNewsExtractor.Money;

/// <summary>A spelled-out number word.</summary>
/// <param name="Kind">Its part in a number.</param>
/// <param name="Value">Its value as a digit (0 when it has none).</param>
internal readonly record struct Numeral(NumeralKind Kind, int Value);
