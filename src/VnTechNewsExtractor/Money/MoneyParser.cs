using System.Globalization;

namespace VnTechNewsExtractor.Money;

/// <summary>Resolves a <see cref="MoneyCandidate"/> into a <see cref="MoneyAmount"/> with its full value.</summary>
internal sealed class MoneyParser(MoneyLexicon lexicon)
{
    public MoneyAmount? Parse(string text, MoneyCandidate c)
    {
        if (c.Currency is null || !lexicon.Currencies.TryGetValue(c.Currency, out var code)) return null;
        var written = text[c.Start..c.End];
        var amount = new MoneyAmount(written, c.Start, c.End, null, code) { Vague = c.Vague };
        if (c.Qualifier is not null && lexicon.Qualifiers.TryGetValue(c.Qualifier, out var flag))
        {
            amount = flag switch
            {
                "approximate" => amount with { Approximate = true },
                "atLeast" => amount with { AtLeast = true },
                "atMost" => amount with { AtMost = true },
                _ => amount,
            };
        }
        if (c.Vague) return amount;

        var englishStyle = c.CurrencyBefore && code == "USD";
        if (!TryNumber(c.Number, englishStyle, out var value)) return null;
        int power = Power(c.Magnitude);
        decimal total = value * Pow10(power);
        if (c.Number2 is not null && TryNumber(c.Number2, false, out var value2)) total += value2 * Pow10(Power(c.Magnitude2));
        decimal? max = null;
        if (c.MaxNumber is not null && TryNumber(c.MaxNumber, false, out var maxValue))
        {
            int maxPower = Power(c.MaxMagnitude);
            max = Normalize(maxValue * Pow10(maxPower));
            if (c.Magnitude is null) total = value * Pow10(maxPower); // "1-2 triệu USD": the magnitude is shared
        }
        return amount with { Value = Normalize(total), Max = max };
    }

    private int Power(string? magnitude) => magnitude is not null && lexicon.Magnitudes.TryGetValue(magnitude, out var p) ? p : 0;

    /// <summary>Reads "2,75", "1.000.000", "1,299.99": Vietnamese style unless the shape is unambiguously English.</summary>
    internal static bool TryNumber(string? s, bool preferEnglish, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(s)) return false;
        int commas = s.Count(ch => ch == ','), dots = s.Count(ch => ch == '.');
        bool english =
            (commas > 0 && dots > 0 && s.IndexOf('.') > s.LastIndexOf(',')) || // 1,299.99
            (dots == 0 && commas > 1) ||                                      // 1,299,495
            (preferEnglish && dots == 0 && commas == 1 && s.Length - s.IndexOf(',') == 4) || // $1,299
            (preferEnglish && commas == 0 && dots == 1 && s.Length - s.IndexOf('.') != 4);   // $2.5
        string invariant = english ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal Pow10(int power)
    {
        decimal r = 1;
        for (int i = 0; i < power; i++) r *= 10;
        return r;
    }

    /// <summary>Removes trailing zeros of the scale, so 2.75 × 10⁹ prints as 2750000000.</summary>
    internal static decimal Normalize(decimal d) => d / 1.000000000000000000000000000000000m;
}
