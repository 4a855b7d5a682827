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
            if (cols[1].Length != 3 || !cols[1].All(char.IsAsciiLetterUpper))
                throw new InvalidDataException($"currencies.tsv: '{cols[1]}' (for '{cols[0]}') is no ISO 4217 code: three capital letters");
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
        foreach (var cols in Rows("money.count-nouns.tsv")) CountNouns.Add(cols[0], true);
        foreach (var cols in Rows("money.periods.tsv"))
        {
            if (cols.Length != 2 || cols[0].Length == 0 || cols[1].Length == 0)
                throw new InvalidDataException($"periods.tsv: expected 'surface<TAB>per', got '{string.Join('\t', cols)}'");
            if (cols[0][0] == '/') PeriodsAfterSlash.Add(cols[0][1..].TrimStart(), cols[1]);
            else Periods.Add(cols[0], cols[1]);
        }
        var starters = new List<string>();
        foreach (var phrases in new[] { QualifiersBefore.Phrases, Vague.Phrases, Magnitudes.Phrases, NotMoney.Phrases })
            starters.AddRange(phrases);
        starters.AddRange(Keywords.Phrases.Where(k => Keywords.TryMatch(k, 0, out var role, out _) && role is KeywordRole.From or KeywordRole.Between));
        starters.AddRange(Rows("money.currencies.tsv").Where(c => c[2] is "before" or "both").Select(c => c[0]));
        foreach (var (phrase, numeral) in Rows("money.numerals.tsv").Select(c => (c[0], Enum.Parse<NumeralKind>(c[1].Replace("-", "", StringComparison.Ordinal), ignoreCase: true))))
        {
            if (numeral is NumeralKind.Digit or NumeralKind.Ten or NumeralKind.Hundred or NumeralKind.HalfUnit) starters.Add(phrase);
        }
        StartWords = new SyllableSet(starters.Select(FirstWord).Where(w => w.Length > 0));
        NumberStartWords = new SyllableSet(Numerals.Phrases.Where(p => Numerals.TryMatch(p, 0, out var n, out _) && n.Kind is NumeralKind.Digit or NumeralKind.Ten or NumeralKind.Hundred));
        foreach (var phrase in starters)
        {
            if (phrase.Length > 0 && !char.IsLetter(phrase[0])) StartSigns.Add(phrase[0]);
        }
    }

    /// <summary>The currency of Vietnamese news: written with local number style, and dropped after "tỷ", "triệu".</summary>
    public const string LocalCurrency = "VND";

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

    /// <summary>Nouns after a figure that make it a count ("1 tỷ lượt xem"), where a figure would otherwise read as money.</summary>
    public PhraseTrie<bool> CountNouns { get; } = new();

    /// <summary>Phrases after an amount that make it a rate ("mỗi năm" → year).</summary>
    public PhraseTrie<string> Periods { get; } = new();

    /// <summary>Units written after a slash that make an amount a rate ("/tháng" → month, "/cổ phiếu" → share).</summary>
    public PhraseTrie<string> PeriodsAfterSlash { get; } = new();

    /// <summary>The first words of every phrase that can open an amount: a word not in it opens none.</summary>
    public SyllableSet StartWords { get; }

    /// <summary>The words that can open a spelled-out number ("hai", "mười", "trăm").</summary>
    public SyllableSet NumberStartWords { get; }

    /// <summary>The signs that can open an amount ("$", "€").</summary>
    public HashSet<char> StartSigns { get; } = [];

    /// <summary>Words after which a bare amount ("15 tỷ") still reads as money.</summary>
    public HashSet<string> BareFollowers { get; } = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="surface"/> followed by the words at <paramref name="pos"/> forms another word ("tỷ lệ").</summary>
    public bool IsBlocked(string surface, string text, int pos)
    {
        if (!_blocked.TryGetValue(surface, out var next)) return false;
        int q = pos;
        while (q < text.Length && text[q] == ' ') q++;
        var rest = text.AsSpan(q);
        foreach (var phrase in next)
        {
            if (rest.StartsWith(phrase, StringComparison.Ordinal) && (rest.Length == phrase.Length || !char.IsLetter(rest[phrase.Length]))) return true;
        }
        return false;
    }

    private static string FirstWord(string phrase)
    {
        int i = 0;
        while (i < phrase.Length && char.IsLetter(phrase[i])) i++;
        return phrase[..i];
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Rows(string name) => ResourceData.ReadLines(name).Select(l => l.Split('\t'));
}
