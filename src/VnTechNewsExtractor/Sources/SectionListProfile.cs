namespace VnTechNewsExtractor.Sources;

/// <summary>Where one site's section list pages keep their article links, dates and next-page link (CSS selectors).</summary>
/// <param name="Host">The host (without www.; subdomains match), or "*" for any other site.</param>
/// <param name="Item">One element per listed article.</param>
/// <param name="Link">The article's link, inside the item.</param>
/// <param name="Date">The listed date, inside the item, or null.</param>
/// <param name="Next">The next list page's link, or null.</param>
internal sealed record SectionListProfile(string Host, string Item, string Link, string? Date, string? Next)
{
    /// <summary>The list-page descriptions of <c>Resources/sites.tsv</c> (and the user's file, see <see cref="Pages.SiteDescriptions"/>).</summary>
    public static IReadOnlyList<SectionListProfile> All => _all ??= Load(Pages.SiteDescriptions.Lines);

    private static IReadOnlyList<SectionListProfile>? _all;

    /// <summary>The row for <paramref name="host"/>, or null when the site has none.</summary>
    public static SectionListProfile? ForHost(string host)
    {
        var h = host.ToLowerInvariant();
        if (h.StartsWith("www.", StringComparison.Ordinal)) h = h[4..];
        return All.FirstOrDefault(p => p.Host != "*" && (h == p.Host || h.EndsWith("." + p.Host, StringComparison.Ordinal)));
    }

    /// <summary>The row for sites without one of their own.</summary>
    public static SectionListProfile Generic => All.First(p => p.Host == "*");

    /// <summary>One profile per host with list-page fields, in first-seen order; a host needs list-item and list-link, and "*" must be there.</summary>
    internal static List<SectionListProfile> Load(IEnumerable<Pages.SiteLine> lines)
    {
        var order = new List<string>();
        var fields = new Dictionary<string, Dictionary<string, Pages.SiteLine>>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            if (!line.Field.StartsWith("list-", StringComparison.Ordinal) || line.Field == "list-marker") continue;
            if (!fields.TryGetValue(line.Host, out var f))
            {
                order.Add(line.Host);
                fields[line.Host] = f = new Dictionary<string, Pages.SiteLine>(StringComparer.Ordinal);
            }
            f[line.Field] = line;
        }
        var rows = new List<SectionListProfile>();
        foreach (var host in order)
        {
            var f = fields[host];
            string? Get(string name) => f.TryGetValue(name, out var l) && l.Value != "-" ? l.Value : null;
            var item = Get("list-item");
            var link = Get("list-link");
            if (item is null || link is null)
                throw new InvalidDataException($"{f.Values.First().Where}: {host} has list-page fields but no {(item is null ? "list-item" : "list-link")}.");
            rows.Add(new SectionListProfile(host, item, link, Get("list-date"), Get("list-next")));
        }
        if (!rows.Any(r => r.Host == "*")) throw new InvalidDataException("sites.tsv: the \"*\" host's list-item and list-link are missing");
        return rows;
    }
}
