using System.CommandLine;
using System.Runtime.CompilerServices;
using VnTechNewsExtractor.Cli.Output;
using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech crawl SECTION_URL --out DIR</c>: walks a section's list pages and saves its articles as <c>fetch</c> does.</summary>
internal static class CrawlCommand
{
    public static Command Create(ConsoleIo io)
    {
        var section = new Argument<string>("section") { Description = "The section's first list page, e.g. https://vnexpress.net/kinh-doanh." };
        var outDir = new Option<string>("--out") { Description = "Folder to save articles and their .meta.json sidecars in; articles already there are not fetched again.", Required = true };
        var maxPages = new Option<int>("--max-pages") { Description = "List pages read at most.", DefaultValueFactory = _ => 5 };
        var maxArticles = new Option<int>("--max-articles") { Description = "Article URLs taken from the list pages at most.", DefaultValueFactory = _ => 100 };
        foreach (var option in new[] { maxPages, maxArticles })
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<int>() < 1) r.AddError($"{option.Name} must be at least 1.");
            });
        var since = new Option<string?>("--since") { Description = "Only articles published on or after this date (2024-01-01) or time (ISO 8601): by the list page's date, else the article's." };
        since.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } s && !FetchOptionSet.TryParseSince(s, out _)) r.AddError("--since must be a date such as 2024-01-01 or an ISO 8601 time.");
        });
        var parallelism = new Option<int>("--parallelism", "-p") { Description = "Articles fetched at once (each host still gets one request per --delay).", DefaultValueFactory = _ => 2 };
        parallelism.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallelism must be at least 1.");
        });
        var fetchOptions = new FetchOptionSet();
        var command = new Command("crawl", "Walk a section's list pages, collect and de-duplicate article URLs, and save the articles as 'fetch' does; resumable.")
        {
            section, outDir, maxPages, maxArticles, since, parallelism,
        };
        fetchOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var sectionText = parse.GetValue(section)!;
            if (!CanonicalUrl.TryParse(sectionText, out var sectionUrl)) throw new UsageException($"'{sectionText}' is not an http or https URL.");
            FetchOptionSet.TryParseSince(parse.GetValue(since), out var sinceTime);
            using var fetcher = new PageFetcher(fetchOptions.Read(parse));
            var crawler = new SectionCrawler(fetcher, new CrawlOptions
            {
                MaxListPages = parse.GetValue(maxPages),
                MaxArticles = parse.GetValue(maxArticles),
                Since = parse.GetValue(since) is null ? null : sinceTime,
            });
            var saver = new PageSaver(fetcher, new PageStore(parse.GetValue(outDir)!), crawler);
            var records = OrderedWork.RunAsync(crawler.FindArticlesAsync(sectionUrl, cancellationToken), (finding, ct) => finding.Article is { } article
                ? saver.SaveAsync(article.Url.AbsoluteUri, ct)
                : Task.FromResult(new FetchRecord(finding.ListPage.AbsoluteUri, "failed") { Error = finding.Error }), parse.GetValue(parallelism), cancellationToken);
            return await FetchCommand.WriteAsync(records, io).ConfigureAwait(false);
        });
        return command;
    }
}
