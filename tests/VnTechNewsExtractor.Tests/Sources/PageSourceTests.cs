using System.Text;
using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>The analyzer over page sources: URLs, files with and without sidecars, charsets from HTTP headers.</summary>
public class PageSourceTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7));
    private static readonly ArticleAnalyzer Analyzer = new(new ArticleAnalyzerOptions { MaxParallelism = 2 });
    private static FetchOptions Fast => new() { HostInterval = TimeSpan.Zero, RetryDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(2), MaxRetries = 1 };

    private static async Task<List<ArticleAnalysis>> Analyze(params IPageSource[] sources)
    {
        var records = new List<ArticleAnalysis>();
        await foreach (var r in Analyzer.AnalyzeSourcesAsync(sources)) records.Add(r);
        return records;
    }

    private static readonly object[] CharsetCases =
    [
        // path, body, content type
        new object[] { "/declared-right", (Func<byte[]>)TestPages.Windows1258PageWithoutMeta, "text/html; charset=windows-1258" },
        new object[] { "/declared-wrong", (Func<byte[]>)TestPages.Windows1258Page, "text/html; charset=utf-8" },          // the meta tag decides
        new object[] { "/declared-none", (Func<byte[]>)TestPages.Windows1258Page, "text/html" },
        new object[] { "/utf8-called-latin1", (Func<byte[]>)(() => Utf8Version()), "text/html; charset=iso-8859-1" },  // valid UTF-8 is UTF-8
        new object[] { "/utf8-no-charset", (Func<byte[]>)(() => Utf8Version(withMeta: false)), "text/html" },
    ];

    [TestCaseSource(nameof(CharsetCases))]
    public async Task Pages_decode_whatever_the_server_says_about_their_charset(string path, Func<byte[]> body, string contentType)
    {
        using var server = new LoopbackServer().MapBytes(path, body(), contentType);
        using var fetcher = new PageFetcher(Fast);
        var records = await Analyze(new UrlPageSource([server.Url(path).AbsoluteUri], fetcher));
        Assert.That(records, Has.Count.EqualTo(1));
        Assert.That(records[0].Title?.Normalize(), Is.EqualTo(TestPages.Windows1258Title.Normalize()), string.Join("; ", records[0].Errors.Select(e => e.Message)));
        Assert.That(records[0].Errors, Is.Empty);
        Assert.That(records[0].Source, Is.EqualTo(server.Url(path).AbsoluteUri));
    }

    [Test]
    public async Task Urls_and_files_mix_in_input_order_and_failures_are_records()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-sources-");
        try
        {
            var file = Path.Combine(dir.FullName, "saved.html");
            File.WriteAllText(file, TestPages.Article(1, Published));
            using var server = new LoopbackServer().MapPage("/a.html", TestPages.Article(0, Published));
            using var fetcher = new PageFetcher(Fast);
            var records = await Analyze(
                new UrlPageSource([server.Url("/a.html").AbsoluteUri, server.Url("/missing.html").AbsoluteUri], fetcher),
                new FilePageSource([file, Path.Combine(dir.FullName, "nothing.html")]),
                new UrlPageSource(["ftp://127.0.0.1/x.html"], fetcher));
            Assert.Multiple(() =>
            {
                Assert.That(records.Select(r => r.Source), Is.EqualTo(new[]
                {
                    server.Url("/a.html").AbsoluteUri, server.Url("/missing.html").AbsoluteUri, file, Path.Combine(dir.FullName, "nothing.html"), "ftp://127.0.0.1/x.html",
                }));
                Assert.That(records[0].Title, Does.Contain("Chim Sẻ"));
                Assert.That(records[0].Url, Is.EqualTo(server.Url("/a.html").AbsoluteUri), "no canonical link: the URL it was served from");
                Assert.That(records[0].Investments, Is.Not.Empty);
                Assert.That(records[1].Errors.Single().Message, Does.Contain("/missing.html").And.Contain("404"));
                Assert.That(records[2].Title, Does.Contain("Lúa Vàng"));
                Assert.That(records[3].Errors.Single().Code, Is.EqualTo("io"));
                Assert.That(records[4].Errors.Single().Message, Does.Contain("not an http or https URL"));
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task A_saved_page_is_analysed_as_it_was_served()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-sources-");
        try
        {
            using var server = new LoopbackServer().MapRedirect("/cu.html", "/moi.html").MapBytes("/moi.html", TestPages.Windows1258PageWithoutMeta(), "text/html; charset=windows-1258");
            using var fetcher = new PageFetcher(Fast);
            var store = new PageStore(dir.FullName);
            var fetched = await fetcher.FetchAsync(server.Url("/cu.html"));
            var path = await store.SaveAsync(fetched);
            // The saved bytes alone do not say windows-1258; the sidecar does.
            var records = await Analyze(new FilePageSource([dir.FullName]));
            Assert.That(records, Has.Count.EqualTo(1));
            Assert.Multiple(() =>
            {
                Assert.That(records[0].Source, Is.EqualTo(server.Url("/cu.html").AbsoluteUri));
                Assert.That(records[0].Title?.Normalize(), Is.EqualTo(TestPages.Windows1258Title.Normalize()));
                Assert.That(records[0].Url, Is.EqualTo("https://tinthep.example/thep-bac-ha-tang-von"), "the page's canonical URL wins");
                Assert.That(FilePageSource.SourceNameOf(path), Is.EqualTo(server.Url("/cu.html").AbsoluteUri));
            });
            File.Delete(PageSidecar.PathFor(path));
            var bare = await Analyze(new FilePageSource([path]));
            Assert.That(bare[0].Source, Is.EqualTo(path));
            Assert.That(bare[0].Title, Is.Not.EqualTo(records[0].Title), "without its sidecar the page's charset is unknown");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static byte[] Utf8Version(bool withMeta = true)
    {
        var html = DecodeFixture();
        if (!withMeta) html = html.Replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">", "", StringComparison.Ordinal);
        else html = html.Replace("charset=windows-1258", "charset=utf-8", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(html);
    }

    private static string DecodeFixture() => VnTechNewsExtractor.Pages.PageDecoder.Decode(TestPages.Windows1258Page(), "windows-1258", "fixture").Text;
}
