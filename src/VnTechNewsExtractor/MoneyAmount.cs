namespace VnTechNewsExtractor;

/// <summary>A money amount found in text, such as "2,75 tỷ USD" = 2 750 000 000 USD.</summary>
/// <param name="Text">The amount as written, qualifier included ("khoảng 13 tỷ USD").</param>
/// <param name="Start">Start offset of <paramref name="Text"/>.</param>
/// <param name="End">End offset (exclusive) of <paramref name="Text"/>.</param>
/// <param name="Value">The full number in <paramref name="Currency"/>; null only when <see cref="Vague"/>.</param>
/// <param name="Currency">ISO 4217 code (USD, VND, EUR ...).</param>
public sealed record MoneyAmount(string Text, int Start, int End, decimal? Value, string Currency)
{
    /// <summary>The text says the figure is approximate (khoảng, gần, xấp xỉ, chừng, ước tính).</summary>
    public bool Approximate { get; init; }

    /// <summary>The figure is a lower bound (hơn, trên, ít nhất, tối thiểu).</summary>
    public bool AtLeast { get; init; }

    /// <summary>The figure is an upper bound (dưới, tối đa, không quá).</summary>
    public bool AtMost { get; init; }

    /// <summary>An amount with no figure ("hàng tỷ USD", "bạc tỷ"): <see cref="Value"/> is null.</summary>
    public bool Vague { get; init; }

    /// <summary>The upper end of a range ("từ 1 đến 2 triệu USD"); null otherwise.</summary>
    public decimal? Max { get; init; }

    /// <summary>
    /// What the amount is counted per, for a rate: "year" ("1,2 triệu USD/năm", "mỗi năm"), "quarter", "month",
    /// "week", "day", "hour", "share" ("20.000 đồng/cổ phiếu"), "person", "unit" (a piece of goods), "m2", "kg",
    /// "tonne", "litre", "barrel", "tael", "ounce"; null for a one-off amount. The words are not part of
    /// <see cref="Text"/>.
    /// </summary>
    public string? Per { get; init; }

    /// <summary>The span this amount covers.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public TextSpan Span => new(Start, End);
}
