namespace VnTechNewsExtractor;

/// <summary>Everything the analyzer found in one article: its metadata, text, companies, money and deals.</summary>
/// <remarks>All offsets index <see cref="Text"/> (UTF-16 code units).</remarks>
public sealed record ArticleAnalysis
{
    /// <summary>The path as given, or the URL.</summary>
    public required string Source { get; init; }

    /// <summary>The canonical URL when the page states one.</summary>
    public string? Url { get; init; }

    /// <summary>The site's host name, such as "vnexpress.net".</summary>
    public string? Site { get; init; }

    /// <summary>False for list pages, error pages and empty files.</summary>
    public bool IsArticle { get; init; }

    /// <summary>The headline.</summary>
    public string? Title { get; init; }

    /// <summary>The lead (sapo) paragraph.</summary>
    public string? Lead { get; init; }

    /// <summary>When the article was published, with its offset.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The reporters.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The category breadcrumb, outermost first.</summary>
    public IReadOnlyList<string> Category { get; init; } = [];

    /// <summary>Body paragraphs only: no title, lead, captions or related links.</summary>
    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Title, lead and paragraphs joined by blank lines; every offset indexes this string.</summary>
    public string Text { get; init; } = "";

    /// <summary>The business organisations named in the article.</summary>
    public IReadOnlyList<Company> Companies { get; init; } = [];

    /// <summary>Every money amount, in reading order.</summary>
    public IReadOnlyList<MoneyAmount> Money { get; init; } = [];

    /// <summary>Who invested in whom.</summary>
    public IReadOnlyList<InvestmentRelation> Investments { get; init; } = [];

    /// <summary>Problems met with this input; empty when all went well.</summary>
    public IReadOnlyList<ExtractionError> Errors { get; init; } = [];
}
