namespace VnTechNewsExtractor.Pages;

/// <summary>
/// The site readers for the Vietnamese news sites users save most, chosen by host, canonical link or layout markers.
/// Their selectors are language data, kept in <c>Resources/pages/sites.tsv</c> so that a site's redesign is a data
/// change, not a code change.
/// </summary>
internal static class SiteProfiles
{
    /// <summary>Every site reader, in file order (the most specific markers first).</summary>
    public static IReadOnlyList<SiteProfile> All { get; } = Load(ResourceData.ReadLines("pages.sites.tsv"));

    /// <summary>The reader for <paramref name="site"/>, or for a page whose markers give its layout away; null for other sites.</summary>
    public static SiteProfile? For(string? site, PageScan page)
    {
        if (site is not null)
            foreach (var profile in All)
                foreach (var host in profile.Hosts)
                    if (site == host || site.EndsWith("." + host, StringComparison.Ordinal)) return profile;
        // A saved page without a URL (or a URL that is not the site's): recognise the layout itself.
        if (site is null || site.EndsWith(".vn", StringComparison.Ordinal) || site.EndsWith(".net", StringComparison.Ordinal))
            foreach (var profile in All)
                if (page.First(profile.Marker) is not null) return profile;
        return null;
    }

    /// <summary>Reads site profiles from <c>site&lt;TAB&gt;field&lt;TAB&gt;value</c> lines; sites keep their first-seen order.</summary>
    internal static IReadOnlyList<SiteProfile> Load(IEnumerable<string> lines)
    {
        var order = new List<string>();
        var profiles = new Dictionary<string, SiteProfile>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[0].Length == 0 || cells[2].Trim().Length == 0)
                throw new InvalidOperationException($"sites.tsv: expected 'site<TAB>field<TAB>value', got '{line}'.");
            var (name, field, value) = (cells[0], cells[1], cells[2].Trim());
            if (!profiles.TryGetValue(name, out var profile))
            {
                order.Add(name);
                profile = new SiteProfile { Name = name };
            }
            profiles[name] = field switch
            {
                "hosts" => profile with { Hosts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries) },
                "marker" => profile with { Marker = value },
                "title" => profile with { Title = value },
                "lead" => profile with { Lead = value },
                "body" => profile with { Body = value },
                "exclude" => profile with { Exclude = value },
                "byline-in-body" => profile with { BylineInBody = value },
                "author" => profile with { Author = value },
                "date" => profile with { Date = value },
                "category" => profile with { Category = value },
                "list-marker" => profile with { ListMarker = value },
                _ => throw new InvalidOperationException($"sites.tsv: unknown field '{field}' for {name}."),
            };
        }
        return order.Select(n => profiles[n]).ToArray();
    }
}
