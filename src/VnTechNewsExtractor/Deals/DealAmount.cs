namespace VnTechNewsExtractor.Deals;

/// <summary>One amount reported for a deal, in its own currency, with a US dollar figure where one can be had.</summary>
/// <param name="Text">The amount as the first report wrote it ("hơn 1.200 tỷ đồng").</param>
/// <param name="Value">The full number in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code.</param>
public sealed record DealAmount(string Text, decimal Value, string Currency)
{
    /// <summary>The upper end of a range; null otherwise.</summary>
    public decimal? Max { get; init; }

    /// <summary>The report says the figure is approximate.</summary>
    public bool Approximate { get; init; }

    /// <summary>The figure is a lower bound ("hơn").</summary>
    public bool AtLeast { get; init; }

    /// <summary>The figure is an upper bound ("dưới").</summary>
    public bool AtMost { get; init; }

    /// <summary>The amount in US dollars, rounded to the dollar; null when neither the article nor the rate table gives one.</summary>
    public decimal? Usd { get; init; }

    /// <summary>
    /// Where <see cref="Usd"/> comes from: "amount" (the amount is in USD), "article" (the article states the USD figure
    /// beside it: "2.300 tỷ đồng (khoảng 90,5 triệu USD)") or "yearlyAverage" (the yearly average rate of
    /// <see cref="ExchangeRateTable"/> for <see cref="UsdRateYear"/>); null when there is no USD figure.
    /// </summary>
    public string? UsdFrom { get; init; }

    /// <summary>The year whose average rate gave <see cref="Usd"/> when <see cref="UsdFrom"/> is "yearlyAverage".</summary>
    public int? UsdRateYear { get; init; }

    /// <summary>How many reports give this amount.</summary>
    public int Reports { get; init; } = 1;
}
