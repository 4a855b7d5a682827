using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies;

/// <summary>The word lists the company and person rules use, read from <c>Resources/companies/*.tsv</c>.</summary>
internal sealed class CompanyVocabulary
{
    private CompanyVocabulary()
    {
        Designators = Column("designators.tsv").OrderByDescending(d => d.Length).ToArray();
        NameSuffixes = new HashSet<string>(Column("name-suffixes.tsv"), StringComparer.OrdinalIgnoreCase);
        var notCompanies = Rows("not-companies.tsv").ToList();
        NotCompanies = new HashSet<string>(notCompanies.Select(r => r[0]), StringComparer.Ordinal);
        Places = new HashSet<string>(notCompanies.Where(r => r.Length > 1 && r[1] == "place").Select(r => r[0]), StringComparer.Ordinal);
        _maxPlaceWords = Places.Count == 0 ? 0 : Places.Max(p => p.Split(' ').Length);
        PersonTitles = Column("person-titles.tsv").OrderByDescending(d => d.Length).ToArray();
        LeadingWords = new HashSet<string>(Column("leading-words.tsv"), StringComparer.Ordinal);
        LegalForms = Column("legal-forms.tsv").OrderByDescending(d => d.Length).ToArray();
        SectorWords = Column("sector-words.tsv").OrderByDescending(d => d.Length).ToArray();
        Surnames = new HashSet<string>(Column("surnames.tsv"), StringComparer.Ordinal);
        _prefixes = Designators.Concat(LegalForms).Distinct().OrderByDescending(p => p.Length).ToArray();
        SameCompanySuffixes = new HashSet<string>(Column("same-company-suffixes.tsv"), StringComparer.Ordinal);
    }

    private readonly int _maxPlaceWords;

    public static CompanyVocabulary Default { get; } = new();

    // Designators and legal forms, longest first, as BareName strips them.
    private readonly string[] _prefixes;

    /// <summary>Designators, lower-case, longest first.</summary>
    public string[] Designators { get; }

    /// <summary>Last words that make a Latin name an organisation's.</summary>
    public HashSet<string> NameSuffixes { get; }

    /// <summary>Final words (lower case) that do not change which company a name denotes ("AI", "Group", "JSC").</summary>
    public HashSet<string> SameCompanySuffixes { get; }

    /// <summary>Lower-case names that are never companies.</summary>
    public HashSet<string> NotCompanies { get; }

    /// <summary>Lower-case place names.</summary>
    public HashSet<string> Places { get; }

    /// <summary>Words that introduce a person, lower-case, longest first.</summary>
    public string[] PersonTitles { get; }

    /// <summary>Capitalised function words that open sentences, not names.</summary>
    public HashSet<string> LeadingWords { get; }

    /// <summary>Legal forms (cổ phần, TNHH ...), lower-case, longest first.</summary>
    public string[] LegalForms { get; }

    /// <summary>Words that open a registered name (đầu tư, thương mại ...), lower-case, longest first.</summary>
    public string[] SectorWords { get; }

    /// <summary>Vietnamese family names, lower-case.</summary>
    public HashSet<string> Surnames { get; }

    /// <summary>True when <paramref name="lower"/> is a legal form written as a token (TNHH, MTV, CP).</summary>
    public bool IsLegalFormToken(string lower) => Array.IndexOf(LegalForms, lower) >= 0;

    /// <summary>
    /// True when <paramref name="lower"/> (lower case) can name no company: too short, a known non-company or only places,
    /// a leading word or a family name alone, a designator or legal form alone ("Quỹ" names nobody), a shark.
    /// </summary>
    public bool IsNeverAName(string lower)
    {
        if (lower.Length < 2) return true;
        if (NotCompanies.Contains(lower) || IsOnlyPlaces(lower) || IsOnlySectorWords(lower)) return true;
        if (LeadingWords.Contains(lower) || Surnames.Contains(lower)) return true;
        if (Array.IndexOf(Designators, lower) >= 0 || IsLegalFormToken(lower)) return true;
        return lower.StartsWith("shark ", StringComparison.Ordinal) && !lower.StartsWith("shark tank", StringComparison.Ordinal);
    }

    /// <summary>
    /// <paramref name="surface"/> without what is not the name at its start: designators and legal forms ("Ngân hàng
    /// Bình Minh" → "Bình Minh", "Công ty TNHH Hải Âu" → "Hải Âu") and a place before a capitalised name ("Úc Kangaroo
    /// Code"); the surface itself when nothing would be left.
    /// </summary>
    public string BareName(string surface)
    {
        ArgumentNullException.ThrowIfNull(surface);
        var name = surface.Trim();
        bool changed = true;
        while (changed)
        {
            changed = false;
            var lower = TextNormalizer.ForMatching(name);
            foreach (var d in _prefixes)
            {
                if (lower.Length > d.Length + 1 && lower.StartsWith(d, StringComparison.Ordinal) && lower[d.Length] == ' ')
                {
                    name = name[(d.Length + 1)..].TrimStart();
                    changed = true;
                    break;
                }
            }
        }
        var words = name.Split(' ');
        for (int k = words.Length - 1; k >= 1; k--)
        {
            var rest = string.Join(' ', words[k..]);
            if (char.IsUpper(rest[0]) && rest.Length >= 2 && IsOnlyPlaces(TextNormalizer.ForMatching(string.Join(' ', words[..k]))))
                return rest;
        }
        return name;
    }

    /// <summary>
    /// True when <paramref name="lower"/> is only the generic part of a registered name, sector words joined by "và"
    /// ("đầu tư và phát triển", "dịch vụ", "vận tải"): a name cut before its proper part. With a place after them the
    /// words are a state company's name ("Dầu khí Việt Nam"), and stay one.
    /// </summary>
    public bool IsOnlySectorWords(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        int pos = 0;
        while (pos < lower.Length && char.IsWhiteSpace(lower[pos])) pos++;
        bool any = false;
        while (pos < lower.Length)
        {
            if (StartsWithAny(lower, pos, SectorWords) is not { } word) return false;
            any |= word != "và"; // a joiner, listed among the sector words so that the recogniser reads across it
            pos += word.Length;
            while (pos < lower.Length && (char.IsWhiteSpace(lower[pos]) || lower[pos] is '-' or ',' or '&')) pos++;
        }
        return any;
    }

    /// <summary>The word of <paramref name="words"/> that <paramref name="text"/> holds at <paramref name="pos"/>, ending at a word boundary; null when none does.</summary>
    internal static string? StartsWithAny(string text, int pos, string[] words)
    {
        foreach (var w in words)
        {
            if (pos + w.Length <= text.Length && string.CompareOrdinal(text, pos, w, 0, w.Length) == 0
                && (pos + w.Length == text.Length || !char.IsLetterOrDigit(text[pos + w.Length])))
                return w;
        }
        return null;
    }

    /// <summary>True when <paramref name="lower"/> is made only of place names ("hàn quốc hàn quốc", "tp. hồ chí minh").</summary>
    public bool IsOnlyPlaces(string lower)
    {
        var rest = lower.AsSpan().Trim();
        if (rest.Length == 0) return false;
        while (rest.Length > 0)
        {
            // The longest place at the start: try prefixes ending at word boundaries, longest first.
            int taken = 0;
            for (int words = _maxPlaceWords; words > 0 && taken == 0; words--)
            {
                int end = WordsEnd(rest, words);
                if (end > 0 && Places.Contains(rest[..end].ToString())) taken = end;
            }
            if (taken == 0) return false;
            rest = rest[taken..].TrimStart();
        }
        return true;
    }

    // Where the first <paramref name="words"/> space-separated words of <paramref name="text"/> end, or -1 when it has fewer.
    private static int WordsEnd(ReadOnlySpan<char> text, int words)
    {
        int at = 0;
        for (int w = 0; w < words; w++)
        {
            if (at > 0)
            {
                if (at >= text.Length) return -1;
                at++; // the space
            }
            int space = text[at..].IndexOf(' ');
            at = space < 0 ? text.Length : at + space;
            if (space < 0 && w < words - 1) return -1;
        }
        return at;
    }

    private static IEnumerable<string> Column(string name) => Rows(name).Select(r => r[0]);

    private static IEnumerable<string[]> Rows(string name) =>
        ResourceData.ReadLines("companies." + name).Select(l => l.Split('\t').Select(c => TextNormalizer.ForMatching(c.Trim())).ToArray());
}
