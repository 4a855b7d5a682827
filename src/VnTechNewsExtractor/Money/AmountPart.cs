namespace VnTechNewsExtractor.Money;

/// <summary>One end of an amount: its number and the currency written with it.</summary>
/// <param name="Start">Offset of its first character (a currency sign before the number included).</param>
/// <param name="End">Offset past its last character.</param>
/// <param name="Number">The number.</param>
/// <param name="Currency">ISO code of the currency written with it, or null when none is.</param>
/// <param name="Minor">Hundredths written after the main unit ("2 đô la và 23 xen"), or null.</param>
/// <param name="MinorOnly">The currency word is itself a hundredth ("mười xen").</param>
internal readonly record struct AmountPart(int Start, int End, NumberMatch Number, string? Currency, decimal? Minor, bool MinorOnly);
