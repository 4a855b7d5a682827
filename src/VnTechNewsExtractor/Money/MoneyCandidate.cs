namespace VnTechNewsExtractor.Money;

/// <summary>A span the extractor believes is a money amount, with the parts the parser will resolve.</summary>
/// <param name="Start">Offset of the first character, qualifier included.</param>
/// <param name="End">Offset past the last character.</param>
/// <param name="Flags">Qualifiers before or after the amount.</param>
/// <param name="Lower">The amount, or the lower end of a range; default when <paramref name="Vague"/>.</param>
/// <param name="Upper">The upper end of a range, or null.</param>
/// <param name="Vague">No figure is given ("hàng tỷ USD").</param>
/// <param name="VagueCurrency">The currency of a vague amount, or null when the article must supply it.</param>
/// <param name="NeedsLink">
/// A bare amount kept only because a link word follows it ("từ 2,5 tỷ lên ..."): it is money only when the amount
/// after the link is.
/// </param>
internal readonly record struct MoneyCandidate(
    int Start, int End, AmountFlags Flags, AmountPart Lower, AmountPart? Upper, bool Vague, string? VagueCurrency, bool NeedsLink = false)
{
    /// <summary>What the amount is counted per ("year" for "1,2 triệu USD/năm", "share" for "20.000 đồng/cổ phiếu"), or null for a one-off amount.</summary>
    public string? Per { get; init; }

    /// <summary>The currency written in the candidate, or null for a bare amount ("15 tỷ").</summary>
    public string? Currency => Vague ? VagueCurrency : Lower.Currency ?? Upper?.Currency;
}
