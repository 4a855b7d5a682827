namespace VnTechNewsExtractor.Deals;

/// <summary>One row of an <see cref="ExchangeRateTable"/>: a currency's yearly average rate against the US dollar.</summary>
/// <param name="Year">The calendar year the average covers.</param>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="UnitsPerUsd">Units of <paramref name="Currency"/> per US dollar.</param>
/// <param name="Source">Who publishes the figure.</param>
public sealed record ExchangeRate(int Year, string Currency, decimal UnitsPerUsd, string Source);
