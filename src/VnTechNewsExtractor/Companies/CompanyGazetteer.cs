using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies;

/// <summary>Known organisations with their aliases, from <c>models/gazetteer/companies.tsv</c>.</summary>
public sealed class CompanyGazetteer
{
    private readonly Dictionary<string, GazetteerEntry> _byKey = new(StringComparer.Ordinal);

    /// <summary>Creates a gazetteer over <paramref name="entries"/>.</summary>
    public CompanyGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var surfaces = new List<(string Surface, string Key, GazetteerEntry Entry)>();
        foreach (var e in entries)
        {
            Entries.Add(e);
            foreach (var s in e.Aliases.Prepend(e.Name))
            {
                var key = Key(s);
                _byKey.TryAdd(key, e);
                if (key.Length > 0) surfaces.Add((s.Trim(), key, e));
            }
        }
        Surfaces = surfaces.OrderByDescending(s => s.Surface.Length).ToArray();
    }

    /// <summary>The gazetteer shipped with the library.</summary>
    public static CompanyGazetteer Default => DefaultGazetteer.Value;

    private static readonly Lazy<CompanyGazetteer> DefaultGazetteer = new(() => new CompanyGazetteer(
        ResourceData.ReadLines("Models.gazetteer.companies.tsv").Select(Parse)));

    /// <summary>All entries.</summary>
    public List<GazetteerEntry> Entries { get; } = [];

    /// <summary>Every name and alias with its matching form (<see cref="TextNormalizer.ForMatching"/>) and entry, longest first.</summary>
    internal (string Surface, string Key, GazetteerEntry Entry)[] Surfaces { get; }

    /// <summary>The entry named <paramref name="name"/> (any alias, any case), or null.</summary>
    public GazetteerEntry? Find(string name) => _byKey.GetValueOrDefault(Key(name));

    private static string Key(string s) => TextNormalizer.ForMatching(s.Trim());

    private static GazetteerEntry Parse(string line)
    {
        var c = line.Split('\t');
        string Col(int i) => i < c.Length ? c[i].Trim() : "";
        var aliases = Col(1).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new GazetteerEntry(Col(0), aliases, Col(2), Col(3) is { Length: > 0 } p ? p : null);
    }
}
