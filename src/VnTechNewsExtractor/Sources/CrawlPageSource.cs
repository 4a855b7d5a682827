using System.Runtime.CompilerServices;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// The articles of a crawled section, fetched as they are found; a list page that fails becomes one error page.
/// Articles are filtered by <see cref="CrawlOptions.Since"/> only by the dates their list pages show.
/// </summary>
public sealed class CrawlPageSource : IPageSource
{
    private readonly Uri _section;
    private readonly SectionCrawler _crawler;

    /// <summary>A source over the section at <paramref name="section"/>, walked by <paramref name="crawler"/>.</summary>
    public CrawlPageSource(Uri section, SectionCrawler crawler)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(crawler);
        _section = section;
        _crawler = crawler;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PageEntry> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var finding in _crawler.FindArticlesAsync(_section, cancellationToken).ConfigureAwait(false))
        {
            if (finding.Article is { } article)
            {
                var url = article.Url.AbsoluteUri;
                yield return new PageEntry(url, ct => UrlPageSource.LoadAsync(url, _crawler.Fetcher, ct));
            }
            else
            {
                var page = SourcePage.Failed(finding.ListPage.AbsoluteUri, finding.Error!);
                yield return new PageEntry(page.Source, _ => Task.FromResult(page));
            }
        }
    }
}
