using System.Globalization;
using System.Text;

namespace VnTechNewsExtractor.Tests.Money;

/// <summary>Writes values the way Vietnamese news does, for the round-trip property tests.</summary>
internal static class VietnameseMoneyWriter
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly (long Size, string Word)[] Groups = [(1_000_000_000, "tỷ"), (1_000_000, "triệu"), (1_000, "nghìn"), (1, "")];

    /// <summary>"1.234.567": dots between groups of three.</summary>
    public static string Dotted(long n) => n.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>"2,75": a decimal comma, trailing zeros dropped.</summary>
    public static string DecimalComma(decimal d) => d.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    /// <summary>"$1,234.56": English style.</summary>
    public static string English(decimal d) => d.ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>"2 tỷ 750 triệu": each non-zero group in digits with its magnitude word.</summary>
    public static string Mixed(long n)
    {
        var parts = new List<string>();
        foreach (var (size, word) in Groups)
        {
            long g = n / size % 1000;
            if (size == 1_000_000_000) g = n / size;
            if (g == 0) continue;
            parts.Add(word.Length == 0 ? g.ToString(CultureInfo.InvariantCulture) : $"{g.ToString(CultureInfo.InvariantCulture)} {word}");
        }
        return string.Join(' ', parts);
    }

    /// <summary>"hai mươi mốt nghìn không trăm mười một": the number in words (below 10¹²).</summary>
    public static string Spelled(long n)
    {
        var sb = new StringBuilder();
        bool higher = false;
        foreach (var (size, word) in Groups)
        {
            long g = n / size % 1000;
            if (g == 0) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(SpellGroup((int)g, higher));
            if (word.Length > 0) sb.Append(' ').Append(word);
            higher = true;
        }
        return sb.ToString();
    }

    private static string SpellGroup(int g, bool afterHigher)
    {
        int h = g / 100, t = g / 10 % 10, u = g % 10;
        var words = new List<string>();
        if (h > 0 || afterHigher) words.AddRange([Digits[h], "trăm"]);
        if (t == 0)
        {
            if (u > 0)
            {
                if (words.Count > 0) words.Add("lẻ");
                words.Add(Digits[u]);
            }
        }
        else if (t == 1)
        {
            words.Add("mười");
            if (u > 0) words.Add(u == 5 ? "lăm" : Digits[u]);
        }
        else
        {
            words.AddRange([Digits[t], "mươi"]);
            if (u > 0) words.Add(u switch { 1 => "mốt", 4 => "tư", 5 => "lăm", _ => Digits[u] });
        }
        return string.Join(' ', words);
    }
}
