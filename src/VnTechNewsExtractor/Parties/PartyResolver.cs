using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Parties;

/// <summary>
/// Types the parties of a document's deals (<see cref="InvestmentRelation.InvestorParty"/>, <see cref="InvestmentRelation.InvesteeParty"/>):
/// links each name to the article's companies and decides its kind from what the article already shows of it, its name,
/// its aliases, the designator written before its mentions, and the people the rules found.
/// </summary>
internal static class PartyResolver
{
    /// <summary>The document's deals with both parties typed.</summary>
    public static IReadOnlyList<InvestmentRelation> Resolve(Document document, PartyVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Investments.Count == 0) return document.Investments;
        var people = document.PersonMentions.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var cache = new Dictionary<string, DealParty>(StringComparer.Ordinal);
        DealParty Party(string name)
        {
            if (!cache.TryGetValue(name, out var party)) cache[name] = party = Type(document, name, people, vocabulary);
            return party;
        }
        return document.Investments.Select(r => r with { InvestorParty = Party(r.Investor), InvesteeParty = Party(r.Investee) }).ToList();
    }

    private static DealParty Type(Document document, string name, HashSet<string> people, PartyVocabulary vocabulary)
    {
        int? index = CompanyIndex(document.Companies, name);
        var names = new List<string> { name };
        if (index is { } i) names.AddRange(document.Companies[i].Aliases.Prepend(document.Companies[i].Name));
        var forms = names.Select(TextNormalizer.ForMatching).Distinct(StringComparer.Ordinal).ToList();
        var mentions = index is { } at ? document.Companies[at].Mentions : [];
        PartyKind kind;
        if (forms.Any(f => HasPhrase(f, vocabulary.StateNameWords)) || mentions.Any(m => Preceded(document.MatchText, m.Start, vocabulary.StateDesignators)))
            kind = PartyKind.StateBody;
        else if (forms.Any(f => HasPhrase(f, vocabulary.FundNameWords)) || mentions.Any(m => Preceded(document.MatchText, m.Start, vocabulary.FundDesignators)))
            kind = PartyKind.Fund;
        else if (index is not null)
            kind = PartyKind.Company;
        else if (people.Contains(name))
            kind = PartyKind.Person;
        else
            kind = PartyKind.Unknown;
        return new DealParty(name, kind, index);
    }

    /// <summary>The company the name is, by its name, then by an alias, then either without regard to case.</summary>
    private static int? CompanyIndex(IReadOnlyList<Company> companies, string name)
    {
        foreach (var comparer in new[] { StringComparer.Ordinal, StringComparer.OrdinalIgnoreCase })
        {
            for (int i = 0; i < companies.Count; i++)
                if (comparer.Equals(companies[i].Name, name)) return i;
            for (int i = 0; i < companies.Count; i++)
                if (companies[i].Aliases.Contains(name, comparer)) return i;
        }
        return null;
    }

    /// <summary>True when one of <paramref name="phrases"/> is a whole word or run of words of <paramref name="form"/>.</summary>
    internal static bool HasPhrase(string form, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (int at = form.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = form.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                int end = at + phrase.Length;
                if ((at == 0 || !char.IsLetterOrDigit(form[at - 1])) && (end == form.Length || !char.IsLetterOrDigit(form[end]))) return true;
            }
        }
        return false;
    }

    /// <summary>True when one of <paramref name="designators"/> is written just before offset <paramref name="start"/> ("quỹ Lotus Ventures").</summary>
    private static bool Preceded(string matchText, int start, string[] designators)
    {
        var before = matchText.AsSpan(0, start).TrimEnd();
        foreach (var d in designators)
        {
            if (!before.EndsWith(d, StringComparison.Ordinal)) continue;
            int at = before.Length - d.Length;
            if (at == 0 || !char.IsLetterOrDigit(before[at - 1])) return true;
        }
        return false;
    }
}
