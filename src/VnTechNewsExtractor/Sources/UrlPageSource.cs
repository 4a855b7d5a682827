using System.Runtime.CompilerServices;

namespace VnTechNewsExtractor.Sources;

/// <summary>Pages fetched from URLs with a <see cref="PageFetcher"/>; a record's source is the URL as given.</summary>
public sealed class UrlPageSource : IPageSource
{
    private readonly IReadOnlyList<string> _urls;
    private readonly PageFetcher _fetcher;

    /// <summary>A source over <paramref name="urls"/>, fetched by <paramref name="fetcher"/> (not disposed by the source).</summary>
    public UrlPageSource(IEnumerable<string> urls, PageFetcher fetcher)
    {
        ArgumentNullException.ThrowIfNull(urls);
        ArgumentNullException.ThrowIfNull(fetcher);
        _urls = [.. urls.Select(u => u.Trim())];
        _fetcher = fetcher;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PageEntry> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var url in _urls)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PageEntry(url, ct => LoadAsync(url, _fetcher, ct));
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    /// <summary>Fetches <paramref name="url"/> as a page reported under <paramref name="url"/>.</summary>
    internal static async Task<SourcePage> LoadAsync(string url, PageFetcher fetcher, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !CanonicalUrl.IsHttp(uri))
            return SourcePage.Failed(url, new ExtractionError(ExtractionErrorCodes.Format, $"{url}: not an http or https URL"));
        return FromFetch(await fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false), url);
    }

    /// <summary>The page a fetch gave, reported under <paramref name="source"/>.</summary>
    internal static SourcePage FromFetch(FetchResult fetched, string source) =>
        fetched.Succeeded
            ? new SourcePage { Source = source, Url = fetched.FinalUrl?.AbsoluteUri, Content = fetched.Content, Charset = fetched.Charset, IsPlainText = fetched.IsPlainText }
            : SourcePage.Failed(source, fetched.Error!);
}
