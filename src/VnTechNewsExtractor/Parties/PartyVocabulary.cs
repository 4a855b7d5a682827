using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Parties;

/// <summary>The words that tell a fund or a state body from a company, read from <c>Resources/parties/party-kinds.tsv</c>.</summary>
internal sealed class PartyVocabulary
{
    private PartyVocabulary()
    {
        var rows = ResourceData.ReadLines("parties.party-kinds.tsv").Select(l => l.Split('\t')).ToList();
        foreach (var row in rows)
        {
            if (row.Length != 3 || !Enum.TryParse<PartyKind>(row[0], ignoreCase: true, out _) || row[1] is not ("name" or "before"))
                throw new InvalidDataException($"Resources/parties/party-kinds.tsv: the line '{string.Join('\t', row)}' is not 'kind<TAB>name|before<TAB>phrase'.");
        }
        string[] Phrases(PartyKind kind, string where) => rows
            .Where(r => Enum.Parse<PartyKind>(r[0], ignoreCase: true) == kind && r[1] == where)
            .Select(r => TextNormalizer.ForMatching(r[2].Trim())).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ToArray();
        StateNameWords = Phrases(PartyKind.StateBody, "name");
        StateDesignators = Phrases(PartyKind.StateBody, "before");
        FundNameWords = Phrases(PartyKind.Fund, "name");
        FundDesignators = Phrases(PartyKind.Fund, "before");
    }

    public static PartyVocabulary Default { get; } = new();

    /// <summary>Words or phrases of a state body's name ("bộ", "ubnd", "nhà nước"), matching form, longest first.</summary>
    public string[] StateNameWords { get; }

    /// <summary>What stands before a state body's name, matching form, longest first.</summary>
    public string[] StateDesignators { get; }

    /// <summary>Words or phrases of a fund's name ("capital", "ventures", "quỹ"), matching form, longest first.</summary>
    public string[] FundNameWords { get; }

    /// <summary>What stands before a fund's name ("quỹ", "quỹ đầu tư"), matching form, longest first.</summary>
    public string[] FundDesignators { get; }
}
