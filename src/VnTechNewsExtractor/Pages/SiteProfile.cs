namespace VnTechNewsExtractor.Pages;

/// <summary>Where one site keeps the parts of its article pages (CSS selectors; a comma list takes the first match in page order).</summary>
internal sealed record SiteProfile
{
    // Parts of class names that mark captions, related boxes, ads, share bars and comments on every site.
    private static readonly string[] JunkClassParts = ["caption", "related", "lienquan", "share", "social", "banner", "advert", "comment", "adsbygoogle"];

    /// <summary>
    /// Always excluded from a site body: captions, related boxes, ads, share bars, comments, embedded tables of images.
    /// Checked in code rather than by a selector list: this runs on every element of the body, and a long selector
    /// list of substring matches costs more than the rest of the site reader.
    /// </summary>
    public static bool IsCommonJunk(AngleSharp.Dom.IElement e)
    {
        var name = e.LocalName;
        if (name is "table" or "figure" or "figcaption" or "ins") return true;
        // One pass over the attributes instead of a lookup (a scan of the attribute list) for each of four names.
        var attributes = e.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var value = attribute.Value;
            switch (attribute.Name)
            {
                case "class" when value.Length > 0 && (HasJunkClassPart(value) || (name == "p" && e.ClassList.Contains("Image"))):
                case "type" when value is "RelatedOneNews" or "RelatedNews":
                case "id" when value.Contains("ads", StringComparison.Ordinal):
                case "data-component-type" when value == "tin_xemthem":
                    return true;
            }
        }
        return false;
    }

    private static bool HasJunkClassPart(string classes)
    {
        // Most class values are lower case, and an ordinal search is several times cheaper than one ignoring case.
        var comparison = classes.AsSpan().ContainsAnyInRange('A', 'Z') ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var part in JunkClassParts)
            if (classes.Contains(part, comparison)) return true;
        return false;
    }

    /// <summary>A name for people and tests.</summary>
    public required string Name { get; init; }

    /// <summary>Host names (without www.) this reader is for; subdomains match too.</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>Elements that identify the layout when the page names no URL.</summary>
    public string? Marker { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The lead (sapo).</summary>
    public string? Lead { get; init; }

    /// <summary>The body container.</summary>
    public string? Body { get; init; }

    /// <summary>What inside the body is not body, besides <see cref="IsCommonJunk"/>.</summary>
    public string? Exclude { get; init; }

    /// <summary>Elements inside the body that carry the byline: excluded from the body; the last one names the authors.</summary>
    public string? BylineInBody { get; init; }

    /// <summary>Elements that each name authors (outside the body).</summary>
    public string? Author { get; init; }

    /// <summary>The visible publication time.</summary>
    public string? Date { get; init; }

    /// <summary>The category breadcrumb's items.</summary>
    public string? Category { get; init; }

    /// <summary>Teaser items of a section or list page.</summary>
    public string? ListMarker { get; init; }
}
