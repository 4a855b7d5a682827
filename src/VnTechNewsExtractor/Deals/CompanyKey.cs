using VnTechNewsExtractor.Companies;
using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Deals;

/// <summary>
/// The identity of a company name across articles: equal keys are one company. Built from the rules the rest of the
/// library already uses: <see cref="NameMatcher.Normalize"/> (case, punctuation, a leading designator and a trailing
/// legal suffix, as the annotation guide compares names), then <see cref="CompanyVocabulary.BareName"/> (the other
/// designators and legal forms: "Ngân hàng TMCP …", "Công ty TNHH …"), then final words that do not change the company
/// (<c>same-company-suffixes.tsv</c>: "Masan Group" = "Masan"), and last the accents ("Thế Giới Di Động" = "The Gioi
/// Di Dong"), since sites and readers drop them.
/// </summary>
internal static class CompanyKey
{
    /// <summary>The key of <paramref name="name"/>; empty when nothing of a name is left.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var vocabulary = CompanyVocabulary.Default;
        var n = NameMatcher.Normalize(name);
        n = vocabulary.BareName(n);
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && (vocabulary.SameCompanySuffixes.Contains(words[^1]) || vocabulary.IsLegalFormToken(words[^1]))) words.RemoveAt(words.Count - 1);
        return WithoutAccents(string.Join(' ', words));
    }

    /// <summary>A key that can name no company on its own ("công ty", a place, a lone family name): never an identity to join others through.</summary>
    public static bool IsTooGeneric(string key) => key.Length < 2 || CompanyVocabulary.Default.IsNeverAName(key);

    /// <summary>
    /// <paramref name="lower"/> (lower case) without accents: "thế giới di động" → "the gioi di dong", "đ" → "d". A table,
    /// not Unicode decomposition, because the tool runs in invariant-globalisation mode, where decomposition is not
    /// available.
    /// </summary>
    public static string WithoutAccents(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        return string.Create(lower.Length, lower, static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++) dest[i] = Base.TryGetValue(src[i], out var b) ? b : src[i];
        });
    }

    private static readonly Dictionary<char, char> Base = BuildBase();

    private static Dictionary<char, char> BuildBase()
    {
        (char Base, string Accented)[] letters =
        [
            ('a', "àáảãạăằắẳẵặâầấẩẫậäåāą"), ('e', "èéẻẽẹêềếểễệëēę"), ('i', "ìíỉĩịïī"), ('o', "òóỏõọôồốổỗộơờớởỡợöøō"),
            ('u', "ùúủũụưừứửữựüū"), ('y', "ỳýỷỹỵÿ"), ('d', "đ"), ('c', "çćč"), ('n', "ñń"), ('s', "šś"), ('z', "žźż"),
        ];
        var map = new Dictionary<char, char>();
        foreach (var (b, accented) in letters)
            foreach (var c in accented) map[c] = b;
        return map;
    }
}
