namespace VnTechNewsExtractor.Sources;

/// <summary>What walking a section gives, in order: an article to fetch, or a list page that could not be read.</summary>
/// <param name="Article">The article found; null when this finding is a list page's error.</param>
/// <param name="ListPage">The list page the article was found on, or that failed.</param>
/// <param name="Error">Why the list page could not be read; null for an article.</param>
public sealed record CrawlFinding(ListedArticle? Article, Uri ListPage, ExtractionError? Error);
