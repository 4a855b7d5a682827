namespace VnTechNewsExtractor.Pages;

/// <summary>Where one site keeps the parts of its article pages (CSS selectors; a comma list takes the first match in page order), from <c>Resources/sites.tsv</c>.</summary>
internal sealed record SiteProfile
{
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

    /// <summary>What inside the body is not body, besides the <see cref="JunkMarkers"/> of every site.</summary>
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
