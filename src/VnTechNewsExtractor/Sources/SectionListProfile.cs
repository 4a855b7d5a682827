namespace VnTechNewsExtractor.Sources;

/// <summary>Where one site's section list pages keep their article links, dates and next-page link (CSS selectors).</summary>
/// <param name="Host">The host (without www.; subdomains match), or "*" for any other site.</param>
/// <param name="Item">One element per listed article.</param>
/// <param name="Link">The article's link, inside the item.</param>
/// <param name="Date">The listed date, inside the item, or null.</param>
/// <param name="Next">The next list page's link, or null.</param>
internal sealed record SectionListProfile(string Host, string Item, string Link, string? Date, string? Next)
{
    /// <summary>The rows of <c>Resources/section-lists.tsv</c>.</summary>
    public static IReadOnlyList<SectionListProfile> All { get; } = Load();

    /// <summary>The row for <paramref name="host"/>, or null when the site has none.</summary>
    public static SectionListProfile? ForHost(string host)
    {
        var h = host.ToLowerInvariant();
        if (h.StartsWith("www.", StringComparison.Ordinal)) h = h[4..];
        return All.FirstOrDefault(p => p.Host != "*" && (h == p.Host || h.EndsWith("." + p.Host, StringComparison.Ordinal)));
    }

    /// <summary>The row for sites without one of their own.</summary>
    public static SectionListProfile Generic => All.First(p => p.Host == "*");

    private static List<SectionListProfile> Load()
    {
        var rows = new List<SectionListProfile>();
        foreach (var line in ResourceData.ReadLines("section-lists.tsv"))
        {
            var c = line.Split('\t');
            if (c.Length != 5) throw new InvalidDataException($"section-lists.tsv: a row needs 5 columns: {line}");
            rows.Add(new SectionListProfile(c[0].Trim(), c[1].Trim(), c[2].Trim(), Optional(c[3]), Optional(c[4])));
        }
        if (!rows.Any(r => r.Host == "*")) throw new InvalidDataException("section-lists.tsv: the \"*\" row is missing");
        return rows;
    }

    private static string? Optional(string column) => column.Trim() is "" or "-" ? null : column.Trim();
}
