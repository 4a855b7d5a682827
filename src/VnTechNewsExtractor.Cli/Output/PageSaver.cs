using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>Fetches one URL into a <see cref="PageStore"/> unless it is already there; the shared step of <c>fetch</c> and <c>crawl</c>.</summary>
internal sealed class PageSaver(PageFetcher fetcher, PageStore store, SectionCrawler? crawler = null)
{
    public async Task<FetchRecord> SaveAsync(string given, CancellationToken cancellationToken)
    {
        if (!CanonicalUrl.TryParse(given, out var url))
            return new FetchRecord(given, "failed") { Error = new ExtractionError(ExtractionErrorCodes.Format, $"{given}: not an http or https URL") };
        if (store.Find(url) is { } saved) return new FetchRecord(given, "kept") { File = saved };
        var page = await fetcher.FetchAsync(url, cancellationToken).ConfigureAwait(false);
        var record = new FetchRecord(given, "failed") { FinalUrl = page.FinalUrl?.AbsoluteUri, Status = page.Status, Attempts = page.Attempts, Error = page.Error };
        if (!page.Succeeded) return record;
        if (crawler?.IsTooOld(page) == true) return record with { Outcome = "skipped" };
        var path = await store.SaveAsync(page, cancellationToken).ConfigureAwait(false);
        return record with { Outcome = "fetched", File = path };
    }
}
