using System.Runtime.CompilerServices;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// Walks a news section: reads its list pages one after another (by their next-page links, selectors in
/// <c>Resources/sites.tsv</c>), and yields each article URL once (by canonical URL), within the limits of
/// <see cref="CrawlOptions"/>. Fetching goes through the <see cref="PageFetcher"/>, so robots.txt and the host's rate
/// limit apply to list pages too.
/// </summary>
public sealed class SectionCrawler
{
    private readonly HtmlArticleReader _reader = new();

    /// <summary>A crawler fetching with <paramref name="fetcher"/> (not disposed by the crawler).</summary>
    public SectionCrawler(PageFetcher fetcher, CrawlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        Fetcher = fetcher;
        Options = options ?? new CrawlOptions();
    }

    /// <summary>The fetcher list pages and articles are fetched with.</summary>
    public PageFetcher Fetcher { get; }

    /// <summary>The limits.</summary>
    public CrawlOptions Options { get; }

    /// <summary>The articles listed in the section at <paramref name="section"/>, newest list pages first.</summary>
    public async IAsyncEnumerable<CrawlFinding> FindArticlesAsync(Uri section, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(section);
        var seen = new HashSet<Uri>();
        var visited = new HashSet<Uri>();
        int found = 0;
        Uri? page = CanonicalUrl.IsHttp(section) ? section : null;
        if (page is null)
        {
            yield return new CrawlFinding(null, section, new ExtractionError(ExtractionErrorCodes.Format, $"{section}: not an http or https URL"));
            yield break;
        }
        for (int pages = 0; page is not null && pages < Options.MaxListPages && found < Options.MaxArticles; pages++)
        {
            if (!visited.Add(CanonicalUrl.Of(page))) break; // a list whose "next" leads back
            var fetched = await Fetcher.FetchAsync(page, cancellationToken).ConfigureAwait(false);
            if (!fetched.Succeeded)
            {
                yield return new CrawlFinding(null, page, fetched.Error);
                yield break;
            }
            var servedFrom = fetched.FinalUrl ?? page;
            var (html, _) = PageDecoder.Decode(fetched.Content, CharsetChoice.Choose(fetched.Content, fetched.Charset), servedFrom.AbsoluteUri);
            var list = SectionListPage.Read(html, servedFrom);
            int dated = 0, older = 0;
            foreach (var article in list.Articles)
            {
                if (article.ListedAt is { } at && Options.Since is { } since)
                {
                    dated++;
                    if (at < since)
                    {
                        older++;
                        continue;
                    }
                }
                if (!seen.Add(article.Url)) continue;
                yield return new CrawlFinding(article, page, null);
                if (++found >= Options.MaxArticles) yield break;
            }
            // Sections list newest first: once every dated article on a page is too old, later pages are older still.
            if (dated > 0 && older == dated) yield break;
            page = list.Next;
        }
    }

    /// <summary>Whether a fetched article is older than <see cref="CrawlOptions.Since"/> by its own date (false when it states none).</summary>
    public bool IsTooOld(FetchResult article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (Options.Since is not { } since || article.Content is not { } bytes) return false;
        var content = _reader.Read(bytes, CharsetChoice.Choose(bytes, article.Charset), article.FinalUrl?.AbsoluteUri);
        return content.PublishedAt is { } published && published < since;
    }
}
