namespace VnTechNewsExtractor.Sources;

/// <summary>
/// Where pages come from (files and folders, URLs, a crawled section), so that the analyzer does not care:
/// see <see cref="ArticleAnalyzer.AnalyzeSourcesAsync(IEnumerable{IPageSource}, CancellationToken)"/>.
/// </summary>
public interface IPageSource
{
    /// <summary>The pages, in the source's order; each is loaded only when its entry's <see cref="PageEntry.Load"/> runs.</summary>
    IAsyncEnumerable<PageEntry> EnumerateAsync(CancellationToken cancellationToken = default);
}
