namespace VnTechNewsExtractor.Sources;

/// <summary>
/// One spelling per page, for de-duplicating and naming saved pages: lower-case scheme and host, no default port,
/// no fragment, no tracking parameters (utm_*, fbclid, gclid), "/" for an empty path.
/// </summary>
public static class CanonicalUrl
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "zarsrc", "zacc"];

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL (the only schemes fetched).</summary>
    public static bool IsHttp(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }

    /// <summary>Parses <paramref name="text"/> as an absolute http(s) URL.</summary>
    public static bool TryParse(string? text, out Uri url)
    {
        url = null!;
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || !IsHttp(parsed)) return false;
        url = parsed;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> looks like a URL (has a scheme) rather than a path.</summary>
    public static bool LooksLikeUrl(string text) =>
        text.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var u) && !u.IsFile;

    /// <summary>The canonical form of <paramref name="url"/>.</summary>
    public static Uri Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Fragment = "" };
        builder.Scheme = builder.Scheme.ToLowerInvariant();
        builder.Host = builder.Host.ToLowerInvariant();
        if (url.IsDefaultPort) builder.Port = -1;
        if (builder.Query.Length > 1)
        {
            var kept = builder.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(p => !TrackingPrefixes.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
            builder.Query = string.Join('&', kept);
        }
        return builder.Uri;
    }
}
