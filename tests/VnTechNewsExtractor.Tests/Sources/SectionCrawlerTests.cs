using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>Walking a VnExpress-style section served on loopback: pagination, de-duplication, limits, dates.</summary>
public class SectionCrawlerTests
{
    private static readonly DateTimeOffset Day = new(2025, 6, 10, 9, 0, 0, TimeSpan.FromHours(7));
    private static FetchOptions Fast => new() { HostInterval = TimeSpan.Zero, RetryDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(2), MaxRetries = 1 };

    /// <summary>Three list pages, newest first, one day per article; page 2 repeats an article of page 1 with a tracking query.</summary>
    internal static LoopbackServer Section()
    {
        var server = new LoopbackServer()
            .MapPage("/kinh-doanh", TestPages.List("Kinh doanh", [("/a-1.html", Day), ("/a-2.html", Day.AddDays(-1)), ("/a-3.html#binh-luan", Day.AddDays(-2))], "/kinh-doanh-p2"))
            .MapPage("/kinh-doanh-p2", TestPages.List("Kinh doanh", [("/a-3.html?utm_source=home", Day.AddDays(-2)), ("/a-4.html", Day.AddDays(-3)), ("/a-5.html", Day.AddDays(-4))], "/kinh-doanh-p3"))
            .MapPage("/kinh-doanh-p3", TestPages.List("Kinh doanh", [("/a-6.html", Day.AddDays(-5)), ("https://vnexpress.net/ngoai-trang.html", Day.AddDays(-6))], "/kinh-doanh"));
        for (int i = 1; i <= 6; i++) server.MapPage($"/a-{i}.html", TestPages.Article(i, Day.AddDays(1 - i)));
        return server;
    }

    private static async Task<List<CrawlFinding>> Walk(LoopbackServer server, CrawlOptions options)
    {
        using var fetcher = new PageFetcher(Fast);
        var crawler = new SectionCrawler(fetcher, options);
        var found = new List<CrawlFinding>();
        await foreach (var f in crawler.FindArticlesAsync(server.Url("/kinh-doanh"))) found.Add(f);
        return found;
    }

    [Test]
    public async Task List_pages_are_followed_and_articles_listed_once()
    {
        using var server = Section();
        var found = await Walk(server, new CrawlOptions { MaxListPages = 10 });
        Assert.Multiple(() =>
        {
            Assert.That(found.Select(f => f.Article!.Url.PathAndQuery), Is.EqualTo(new[] { "/a-1.html", "/a-2.html", "/a-3.html", "/a-4.html", "/a-5.html", "/a-6.html", "/ngoai-trang.html" }));
            Assert.That(found[0].Article!.ListedAt, Is.EqualTo(Day));
            Assert.That(server.Hits("/kinh-doanh"), Is.EqualTo(1), "page 3 links back to page 1: walked once");
            Assert.That(server.Hits("/a-1.html"), Is.Zero, "finding articles fetches no article");
        });
    }

    [TestCase(1, 100, 3)]
    [TestCase(2, 100, 5)]
    [TestCase(10, 4, 4)]
    public async Task Limits_on_list_pages_and_articles(int pages, int articles, int expected)
    {
        using var server = Section();
        var found = await Walk(server, new CrawlOptions { MaxListPages = pages, MaxArticles = articles });
        Assert.That(found, Has.Count.EqualTo(expected));
        Assert.That(server.Hits("/kinh-doanh-p3"), Is.EqualTo(pages >= 3 && articles > 5 ? 1 : 0));
    }

    [Test]
    public async Task Since_drops_older_listed_articles_and_stops_paging()
    {
        using var server = Section();
        var found = await Walk(server, new CrawlOptions { MaxListPages = 10, Since = Day.AddDays(-1).AddHours(-1) });
        Assert.That(found.Select(f => f.Article!.Url.PathAndQuery), Is.EqualTo(new[] { "/a-1.html", "/a-2.html" }));
        Assert.That(server.Hits("/kinh-doanh-p2"), Is.EqualTo(1), "page 1 still had fresh articles");
        Assert.That(server.Hits("/kinh-doanh-p3"), Is.Zero, "every article of page 2 is older: later pages are older still");
    }

    [Test]
    public async Task A_failing_list_page_is_one_finding_with_its_error()
    {
        using var server = new LoopbackServer().MapPage("/kinh-doanh", TestPages.List("Kinh doanh", [("/a-1.html", null)], "/kinh-doanh-p2"));
        var found = await Walk(server, new CrawlOptions());
        Assert.That(found, Has.Count.EqualTo(2));
        Assert.That(found[1].Article, Is.Null);
        Assert.That(found[1].Error!.Message, Does.Contain("/kinh-doanh-p2").And.Contain("404"));
    }

    [Test]
    public async Task A_fetched_article_older_than_since_is_recognised_by_its_own_date()
    {
        using var server = Section();
        using var fetcher = new PageFetcher(Fast);
        var crawler = new SectionCrawler(fetcher, new CrawlOptions { Since = Day.AddDays(-2).AddHours(-1) });
        Assert.That(crawler.IsTooOld(await fetcher.FetchAsync(server.Url("/a-1.html"))), Is.False);
        Assert.That(crawler.IsTooOld(await fetcher.FetchAsync(server.Url("/a-5.html"))), Is.True);
    }

    [Test]
    public async Task A_crawl_is_a_page_source_for_the_analyzer()
    {
        using var server = Section();
        using var fetcher = new PageFetcher(Fast);
        var crawler = new SectionCrawler(fetcher, new CrawlOptions { MaxListPages = 1 });
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxParallelism = 2 });
        var records = new List<ArticleAnalysis>();
        await foreach (var r in analyzer.AnalyzeSourcesAsync(new CrawlPageSource(server.Url("/kinh-doanh"), crawler))) records.Add(r);
        Assert.That(records.Select(r => r.Source), Is.EqualTo(new[] { server.Url("/a-1.html").AbsoluteUri, server.Url("/a-2.html").AbsoluteUri, server.Url("/a-3.html").AbsoluteUri }));
        Assert.That(records.Select(r => r.IsArticle), Is.All.True);
        Assert.That(records.SelectMany(r => r.Investments), Is.Not.Empty);
    }
}
