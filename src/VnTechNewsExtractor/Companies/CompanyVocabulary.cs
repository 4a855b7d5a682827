namespace VnTechNewsExtractor.Companies;

/// <summary>The word lists the company rules use, read from <c>Resources/companies/*.tsv</c>.</summary>
internal sealed class CompanyVocabulary
{
    private CompanyVocabulary()
    {
        Designators = Column("companies.designators.tsv").OrderByDescending(d => d.Length).ToArray();
        NameSuffixes = new HashSet<string>(Column("companies.name-suffixes.tsv"), StringComparer.OrdinalIgnoreCase);
        NotCompanies = new HashSet<string>(Column("companies.not-companies.tsv"), StringComparer.Ordinal);
        PersonTitles = Column("companies.person-titles.tsv").OrderByDescending(d => d.Length).ToArray();
    }

    public static CompanyVocabulary Default { get; } = new();

    /// <summary>Designators, lower-case, longest first.</summary>
    public string[] Designators { get; }

    /// <summary>Last words that make a Latin name an organisation's.</summary>
    public HashSet<string> NameSuffixes { get; }

    /// <summary>Lower-case names that are never companies.</summary>
    public HashSet<string> NotCompanies { get; }

    /// <summary>Words that introduce a person, lower-case, longest first.</summary>
    public string[] PersonTitles { get; }

    private static IEnumerable<string> Column(string name) => ResourceData.ReadLines(name).Select(l => l.Split('\t')[0].Trim());
}
