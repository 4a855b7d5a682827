namespace VnTechNewsExtractor.Pages;

/// <summary>
/// The site readers for the Vietnamese news sites users save most, chosen by host, canonical link or layout markers.
/// Their selectors are data, kept with the rest of each site's description in <c>Resources/sites.tsv</c> (see
/// <see cref="SiteDescriptions"/>) so that a site's redesign is a data change, not a code change.
/// </summary>
internal static class SiteProfiles
{
    /// <summary>Every site reader, in file order (the most specific markers first).</summary>
    public static IReadOnlyList<SiteProfile> All => _all ??= Load(SiteDescriptions.Lines);

    private static IReadOnlyList<SiteProfile>? _all;

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

    /// <summary>
    /// Builds site readers from site description lines (the "*" host and the list-page fields are for others); a host
    /// keeps its first-seen place, a later line for the same field wins.
    /// </summary>
    internal static IReadOnlyList<SiteProfile> Load(IEnumerable<SiteLine> lines)
    {
        var order = new List<string>();
        var profiles = new Dictionary<string, SiteProfile>(StringComparer.Ordinal);
        foreach (var (host, field, value, _) in lines)
        {
            if (host == "*" || field.StartsWith("list-", StringComparison.Ordinal) && field != "list-marker") continue;
            if (!profiles.TryGetValue(host, out var profile))
            {
                order.Add(host);
                profile = new SiteProfile { Name = host, Hosts = [host] };
            }
            var v = value == "-" ? null : value;
            profiles[host] = field switch
            {
                "name" => profile with { Name = value },
                "hosts" => profile with { Hosts = [host, .. value.Split(' ', StringSplitOptions.RemoveEmptyEntries)] },
                "marker" => profile with { Marker = v },
                "title" => profile with { Title = v },
                "lead" => profile with { Lead = v },
                "body" => profile with { Body = v },
                "exclude" => profile with { Exclude = v },
                "byline-in-body" => profile with { BylineInBody = v },
                "author" => profile with { Author = v },
                "date" => profile with { Date = v },
                "category" => profile with { Category = v },
                "list-marker" => profile with { ListMarker = v },
                _ => profile,
            };
        }
        return order.Select(n => profiles[n]).ToArray();
    }
}
