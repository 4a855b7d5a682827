namespace VnTechNewsExtractor.Sources;

/// <summary>An article link found on a section's list page.</summary>
/// <param name="Url">The article's canonical URL.</param>
/// <param name="ListedAt">The date the list page shows for it, when it shows one.</param>
public sealed record ListedArticle(Uri Url, DateTimeOffset? ListedAt);
