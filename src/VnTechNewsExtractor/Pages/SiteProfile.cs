namespace VnTechNewsExtractor.Pages;

/// <summary>Where one site keeps the parts of its article pages (CSS selectors; a comma list takes the first match in page order).</summary>
internal sealed record SiteProfile
{
    /// <summary>Always excluded from a site body: captions, related boxes, ads, share bars, embedded tables of images.</summary>
    public const string CommonExclude =
        "table, figure, figcaption, .tplCaption, p.Image, [class*=caption], [class*=Caption], [class*=related], [class*=Related], " +
        "[type=RelatedOneNews], [type=RelatedNews], [class*=tinlienquan], [class*=lienquan], [class*=share], [class*=social], ins, .adsbygoogle, " +
        "[class*=banner], [class*=advert], [id*=ads], .comment, .comments, [class*=comment], [data-component-type=tin_xemthem]";

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

    /// <summary>What inside the body is not body, besides <see cref="CommonExclude"/>.</summary>
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
