namespace VnTechNewsExtractor.Money;

/// <summary>Where a currency word may stand relative to its number.</summary>
[Flags]
internal enum CurrencyPosition
{
    None = 0,
    Before = 1,
    After = 2,
    Minor = 4,
}
