namespace VnTechNewsExtractor.Pages;

/// <summary>What a page or text reader found in one input, before any language analysis.</summary>
public sealed record ArticleContent
{
    /// <summary>An input with no article in it.</summary>
    public static ArticleContent Empty { get; } = new();

    /// <summary>The canonical URL when the page states one.</summary>
    public string? Url { get; init; }

    /// <summary>The site's host name.</summary>
    public string? Site { get; init; }

    /// <summary>False for list pages, error pages and empty inputs.</summary>
    public bool IsArticle { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The lead (sapo).</summary>
    public string? Lead { get; init; }

    /// <summary>Publication time with offset.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The reporters.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The category breadcrumb.</summary>
    public IReadOnlyList<string> Category { get; init; } = [];

    /// <summary>Body paragraphs in order.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Problems the reader met (for example undecodable bytes).</summary>
    public IReadOnlyList<ExtractionError> Errors { get; init; } = [];
}
