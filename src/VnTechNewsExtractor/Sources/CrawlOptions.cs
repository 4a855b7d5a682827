namespace VnTechNewsExtractor.Sources;

/// <summary>How far a <see cref="SectionCrawler"/> walks a section.</summary>
public sealed record CrawlOptions
{
    /// <summary>List pages read at most (the section page counts as the first).</summary>
    public int MaxListPages { get; init; } = 5;

    /// <summary>Article URLs taken from the list pages at most (after de-duplication and the <see cref="Since"/> filter).</summary>
    public int MaxArticles { get; init; } = 100;

    /// <summary>
    /// Only articles published on or after this time: judged by the list page's date when it shows one (and paging stops
    /// at a list page whose dated articles are all older), otherwise by the article's own date once it is fetched.
    /// </summary>
    public DateTimeOffset? Since { get; init; }
}
