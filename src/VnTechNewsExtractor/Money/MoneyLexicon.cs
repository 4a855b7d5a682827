using System.Globalization;

namespace VnTechNewsExtractor.Money;

/// <summary>The money vocabulary of Vietnamese news, read from <c>Resources/money/*.tsv</c> into phrase tries.</summary>
internal sealed class MoneyLexicon
{
    private readonly Dictionary<string, HashSet<string>> _blocked = new(StringComparer.Ordinal);

    private MoneyLexicon()
    {
        foreach (var cols in Rows("money.currencies.tsv"))
        {
            var position = cols[2] switch
            {
                "before" => CurrencyPosition.Before,
                "after" => CurrencyPosition.After,
                "both" => CurrencyPosition.Before | CurrencyPosition.After,
                "minor" => CurrencyPosition.Minor,
                _ => throw new InvalidDataException($"currencies.tsv: unknown position '{cols[2]}'"),
            };
            Currencies.Add(cols[0], new CurrencyWord(cols[0], cols[1], position));
        }
        foreach (var cols in Rows("money.magnitudes.tsv")) Magnitudes.Add(cols[0], new MagnitudeWord(cols[0], Int(cols[1])));
        foreach (var cols in Rows("money.shorthands.tsv")) Shorthands.Add(cols[0], Int(cols[1]));
        foreach (var cols in Rows("money.qualifiers.tsv"))
        {
            var flag = Enum.Parse<AmountFlags>(cols[1], ignoreCase: true);
            (cols[2] == "after" ? QualifiersAfter : QualifiersBefore).Add(cols[0], flag);
        }
        foreach (var cols in Rows("money.numerals.tsv"))
            Numerals.Add(cols[0], new Numeral(Enum.Parse<NumeralKind>(cols[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true), Int(cols[2])));
        foreach (var cols in Rows("money.keywords.tsv")) Keywords.Add(cols[0], Enum.Parse<KeywordRole>(cols[1], ignoreCase: true));
        foreach (var cols in Rows("money.vague.tsv")) Vague.Add(cols[0], new VagueWord(cols[0], cols[1] == "-" ? null : cols[1]));
        foreach (var cols in Rows("money.blocked.tsv"))
        {
            if (!_blocked.TryGetValue(cols[0], out var next)) _blocked[cols[0]] = next = new HashSet<string>(StringComparer.Ordinal);
            next.Add(cols[1]);
        }
        foreach (var cols in Rows("money.bare-followers.tsv")) BareFollowers.Add(cols[0]);
        foreach (var cols in Rows("money.not-money.tsv")) NotMoney.Add(cols[0], true);
    }

    /// <summary>The shipped vocabulary.</summary>
    public static MoneyLexicon Default { get; } = new();

    /// <summary>Currency words and signs.</summary>
    public PhraseTrie<CurrencyWord> Currencies { get; } = new();

    /// <summary>Magnitude words.</summary>
    public PhraseTrie<MagnitudeWord> Magnitudes { get; } = new();

    /// <summary>Letters glued to digits that scale them ("10k", "1tr5") → power of ten.</summary>
    public PhraseTrie<int> Shorthands { get; } = new();

    /// <summary>Qualifiers written before an amount.</summary>
    public PhraseTrie<AmountFlags> QualifiersBefore { get; } = new();

    /// <summary>Qualifiers written after an amount ("trở lên").</summary>
    public PhraseTrie<AmountFlags> QualifiersAfter { get; } = new();

    /// <summary>Spelled-out number words.</summary>
    public PhraseTrie<Numeral> Numerals { get; } = new();

    /// <summary>Function words of ranges.</summary>
    public PhraseTrie<KeywordRole> Keywords { get; } = new();

    /// <summary>Words standing for an unstated figure.</summary>
    public PhraseTrie<VagueWord> Vague { get; } = new();

    /// <summary>Names that contain amount words but are no amount ("Thương vụ bạc tỷ").</summary>
    public PhraseTrie<bool> NotMoney { get; } = new();

    /// <summary>Words after which a bare amount ("15 tỷ") still reads as money.</summary>
    public HashSet<string> BareFollowers { get; } = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="surface"/> followed by <paramref name="nextWord"/> forms another word ("tỷ lệ").</summary>
    public bool IsBlocked(string surface, ReadOnlySpan<char> nextWord)
    {
        if (nextWord.IsEmpty || !_blocked.TryGetValue(surface, out var next)) return false;
        foreach (var word in next)
        {
            if (nextWord.SequenceEqual(word)) return true;
        }
        return false;
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Rows(string name) => ResourceData.ReadLines(name).Select(l => l.Split('\t'));
}
