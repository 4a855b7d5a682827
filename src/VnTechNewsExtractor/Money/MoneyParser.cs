namespace VnTechNewsExtractor.Money;

/// <summary>Resolves a <see cref="MoneyCandidate"/> into a <see cref="MoneyAmount"/> with its full value.</summary>
internal static class MoneyParser
{
    /// <summary>The amount of <paramref name="c"/>, with <paramref name="articleCurrency"/> for a bare amount; null when no currency is known.</summary>
    public static MoneyAmount? Parse(string text, MoneyCandidate c, string? articleCurrency)
    {
        var code = c.Currency ?? articleCurrency;
        if (code is null) return null;
        var amount = new MoneyAmount(text[c.Start..c.End], c.Start, c.End, null, code)
        {
            Vague = c.Vague,
            Approximate = c.Flags.HasFlag(AmountFlags.Approximate),
            AtLeast = c.Flags.HasFlag(AmountFlags.AtLeast),
            AtMost = c.Flags.HasFlag(AmountFlags.AtMost),
            Per = c.Per,
        };
        if (c.Vague) return amount;
        if (c.Upper is { } upper)
        {
            return amount with { Value = Normalize(Value(c.Lower, upper)), Max = Normalize(Value(upper, null)) };
        }
        return amount with { Value = Normalize(Value(c.Lower, null)) };
    }

    /// <summary>
    /// The full value of <paramref name="part"/>; the lower end of a range without a magnitude takes the upper
    /// end's ("1-2 triệu USD" = 1 to 2 million) when that keeps it below the upper end.
    /// </summary>
    public static decimal Value(AmountPart part, AmountPart? upper)
    {
        decimal value = part.Number.Value;
        if (part.Minor is { } minor) value += minor / 100;
        if (part.MinorOnly) value /= 100;
        if (upper is { } u && !part.Number.HasMagnitude && u.Number.HasMagnitude && value < decimal.MaxValue / NumberReader.Pow10(u.Number.LowestPower))
        {
            decimal scaled = value * NumberReader.Pow10(u.Number.LowestPower);
            if (scaled < Value(u, null)) value = scaled;
        }
        return value;
    }

    /// <summary>Removes trailing zeros of the scale, so 2.75 × 10⁹ prints as 2750000000.</summary>
    internal static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;
}
