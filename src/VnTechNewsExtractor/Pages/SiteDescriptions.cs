namespace VnTechNewsExtractor.Pages;

/// <summary>
/// The one description of each site, keyed by host: how to read its article pages (<see cref="SiteProfiles"/>), its
/// section list pages (<see cref="Sources.SectionListProfile"/>) and what is junk in any site's body
/// (<see cref="JunkMarkers"/>). Shipped in <c>Resources/sites.tsv</c>; a file named by the <c>VNTECH_SITES</c>
/// environment variable adds sites or overrides fields without compiling.
/// </summary>
internal static class SiteDescriptions
{
    /// <summary>The environment variable naming a user's file of extra site lines.</summary>
    public const string EnvironmentVariable = "VNTECH_SITES";

    private static readonly HashSet<string> ArticleFields = new(StringComparer.Ordinal)
    {
        "name", "hosts", "marker", "title", "lead", "body", "exclude", "byline-in-body", "author", "date", "category", "list-marker",
    };

    private static readonly HashSet<string> ListFields = new(StringComparer.Ordinal) { "list-item", "list-link", "list-date", "list-next" };

    private static readonly HashSet<string> JunkFields = new(StringComparer.Ordinal)
    {
        "junk-tags", "junk-classes", "junk-element-classes", "junk-ids", "junk-attributes",
    };

    private static List<SiteLine>? _lines;

    /// <summary>The shipped lines, then the user's (later lines win for the same host and field).</summary>
    /// <remarks>
    /// Loaded on first use rather than in a type initializer, so that a bad user file is reported as itself (file, line,
    /// problem) on every use instead of as a TypeInitializationException.
    /// </remarks>
    public static IReadOnlyList<SiteLine> Lines => _lines ??= Load();

    private static List<SiteLine> Load()
    {
        var lines = Parse(ResourceData.ReadLines("sites.tsv"), "sites.tsv");
        var userFile = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(userFile))
        {
            if (!File.Exists(userFile)) throw new InvalidDataException($"{EnvironmentVariable}={userFile}: no such file.");
            lines.AddRange(Parse(File.ReadLines(userFile), userFile));
        }
        return lines;
    }

    /// <summary>Reads <c>host&lt;TAB&gt;field&lt;TAB&gt;value</c> lines (blank lines and <c>#</c> comments skipped), checking each.</summary>
    /// <param name="lines">The file's lines.</param>
    /// <param name="source">The file's name, for errors.</param>
    public static List<SiteLine> Parse(IEnumerable<string> lines, string source)
    {
        var result = new List<SiteLine>();
        int number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line[0] == '#') continue;
            var where = $"{source} line {number}";
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[0].Trim().Length == 0 || cells[2].Trim().Length == 0)
                throw new InvalidDataException($"{where}: expected 'host<TAB>field<TAB>value', got '{line}'.");
            var (host, field, value) = (cells[0].Trim().ToLowerInvariant(), cells[1].Trim(), cells[2].Trim());
            if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
            bool known = ListFields.Contains(field) || (host == "*" ? JunkFields.Contains(field) : ArticleFields.Contains(field));
            if (!known)
                throw new InvalidDataException($"{where}: unknown field '{field}' for {host}" + (JunkFields.Contains(field) ? " (junk fields belong to the \"*\" host)." : "."));
            result.Add(new SiteLine(host, field, value, where));
        }
        return result;
    }
}
