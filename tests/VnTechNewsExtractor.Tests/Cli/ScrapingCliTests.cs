using System.Text.Json;
using VnTechNewsExtractor.Sources;
using VnTechNewsExtractor.Tests.Sources;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary><c>analyze URL</c>, <c>fetch</c> and <c>crawl</c> end to end against a loopback server.</summary>
public class ScrapingCliTests
{
    private static readonly DateTimeOffset Day = new(2025, 6, 10, 9, 0, 0, TimeSpan.FromHours(7));

    /// <summary>No waiting between requests or retries: the server is local and the test's own.</summary>
    private static readonly string[] Quick = ["--delay", "0", "--retry-delay", "0", "--retries", "1", "--timeout", "5"];

    private static List<JsonElement> Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run("", args);

    [Test]
    public async Task Analyze_mixes_urls_and_files_and_reports_a_404_as_one_record()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-web-");
        try
        {
            var file = Path.Combine(dir.FullName, "saved.html");
            File.WriteAllText(file, TestPages.Article(1, Day));
            using var server = new LoopbackServer().MapPage("/a.html", TestPages.Article(0, Day));
            var (code, stdout, stderr) = await Run(["analyze", server.Url("/a.html").AbsoluteUri, file, server.Url("/het.html").AbsoluteUri, .. Quick]);
            var records = Lines(stdout);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1));
                Assert.That(records.Select(r => r.GetProperty("source").GetString()), Is.EqualTo(new[] { server.Url("/a.html").AbsoluteUri, file, server.Url("/het.html").AbsoluteUri }));
                Assert.That(records[0].GetProperty("investments").GetArrayLength(), Is.GreaterThan(0));
                Assert.That(records[0].GetProperty("url").GetString(), Is.EqualTo(server.Url("/a.html").AbsoluteUri));
                Assert.That(records[2].GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("http"));
                Assert.That(stderr, Does.Contain("/het.html").And.Contain("404"));
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Analyze_resume_does_not_fetch_a_url_already_in_the_output()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-resume-");
        try
        {
            using var server = new LoopbackServer().MapPage("/a.html", TestPages.Article(0, Day)).MapPage("/b.html", TestPages.Article(1, Day));
            var output = Path.Combine(dir.FullName, "out.jsonl");
            var (first, _, _) = await Run(["analyze", server.Url("/a.html").AbsoluteUri, "--output", output, .. Quick]);
            var (second, _, stderr) = await Run(["analyze", server.Url("/a.html").AbsoluteUri, server.Url("/b.html").AbsoluteUri, "--output", output, "--resume", .. Quick]);
            Assert.That(first, Is.EqualTo(0));
            Assert.That(second, Is.EqualTo(0), stderr);
            Assert.That(server.Hits("/a.html"), Is.EqualTo(1));
            Assert.That(server.Hits("/b.html"), Is.EqualTo(1));
            Assert.That(File.ReadAllLines(output), Has.Length.EqualTo(2));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Fetch_saves_pages_with_sidecars_that_analyze_reads_and_a_second_run_fetches_nothing()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-fetch-");
        try
        {
            var big = new string('x', 200_000);
            using var server = new LoopbackServer()
                .MapPage("/a-1.html", TestPages.Article(0, Day))
                .MapRedirect("/ngan", "/a-2.html")
                .MapPage("/a-2.html", TestPages.Article(2, Day))
                .MapPage("/to.html", $"<html><body><p>{big}</p></body></html>");
            var urls = new[] { server.Url("/a-1.html").AbsoluteUri, server.Url("/ngan").AbsoluteUri, server.Url("/khong-co.html").AbsoluteUri, server.Url("/to.html").AbsoluteUri };
            var (code, stdout, stderr) = await Run(["fetch", .. urls, "--out", dir.FullName, "--max-page-size", "100KB", .. Quick]);
            var lines = Lines(stdout);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1), stderr);
                Assert.That(lines.Select(l => l.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "fetched", "fetched", "failed", "failed" }));
                Assert.That(lines[1].GetProperty("finalUrl").GetString(), Is.EqualTo(server.Url("/a-2.html").AbsoluteUri));
                Assert.That(lines[2].GetProperty("error").GetProperty("message").GetString(), Does.Contain("/khong-co.html").And.Contain("404"));
                Assert.That(lines[3].GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("limit"));
                Assert.That(Directory.GetFiles(dir.FullName, "*.html"), Has.Length.EqualTo(2));
                Assert.That(Directory.GetFiles(dir.FullName, "*.meta.json"), Has.Length.EqualTo(2));
                Assert.That(Directory.GetFiles(dir.FullName, "*.tmp"), Is.Empty);
            });
            var sidecar = JsonDocument.Parse(File.ReadAllText(PageSidecar.PathFor(lines[1].GetProperty("file").GetString()!))).RootElement;
            Assert.Multiple(() =>
            {
                Assert.That(sidecar.GetProperty("url").GetString(), Is.EqualTo(urls[1]));
                Assert.That(sidecar.GetProperty("finalUrl").GetString(), Is.EqualTo(server.Url("/a-2.html").AbsoluteUri));
                Assert.That(sidecar.GetProperty("status").GetInt32(), Is.EqualTo(200));
                Assert.That(sidecar.GetProperty("contentType").GetString(), Does.StartWith("text/html"));
                Assert.That(sidecar.GetProperty("charset").GetString(), Is.EqualTo("utf-8"));
                Assert.That(DateTimeOffset.Parse(sidecar.GetProperty("fetchedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture), Is.GreaterThan(DateTimeOffset.UtcNow.AddHours(-1)));
            });

            // analyze reads the saved folder: the URL is the source, the final URL the url.
            var (analyzeCode, analyzeOut, _) = await Run("analyze", dir.FullName);
            var records = Lines(analyzeOut);
            Assert.That(analyzeCode, Is.EqualTo(0));
            Assert.That(records.Select(r => r.GetProperty("source").GetString()), Is.EquivalentTo(new[] { urls[0], urls[1] }));
            Assert.That(records.Single(r => r.GetProperty("source").GetString() == urls[1]).GetProperty("url").GetString(), Is.EqualTo(server.Url("/a-2.html").AbsoluteUri));

            // Again: what is saved is kept, not fetched again.
            int before = server.Requests.Count;
            var (againCode, againOut, _) = await Run(["fetch", urls[0], urls[1], "--out", dir.FullName, .. Quick]);
            Assert.That(againCode, Is.EqualTo(0));
            Assert.That(Lines(againOut).Select(l => l.GetProperty("outcome").GetString()), Is.All.EqualTo("kept"));
            Assert.That(server.Requests, Has.Count.EqualTo(before));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Crawl_honours_its_limits_and_resumes_where_it_stopped()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-crawl-");
        try
        {
            using var server = SectionCrawlerTests.Section();
            var section = server.Url("/kinh-doanh").AbsoluteUri;
            var (code, stdout, stderr) = await Run(["crawl", section, "--out", dir.FullName, "--max-pages", "2", "--max-articles", "4", .. Quick]);
            var first = Lines(stdout);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(0), stderr);
                Assert.That(first.Select(l => new Uri(l.GetProperty("url").GetString()!).PathAndQuery), Is.EqualTo(new[] { "/a-1.html", "/a-2.html", "/a-3.html", "/a-4.html" }));
                Assert.That(first.Select(l => l.GetProperty("outcome").GetString()), Is.All.EqualTo("fetched"));
                Assert.That(Directory.GetFiles(dir.FullName, "*.meta.json"), Has.Length.EqualTo(4));
                Assert.That(server.Hits("/a-3.html"), Is.EqualTo(1), "listed twice (once with a tracking query), fetched once");
            });

            var (again, secondOut, _) = await Run(["crawl", section, "--out", dir.FullName, "--max-pages", "3", "--max-articles", "6", .. Quick]);
            var second = Lines(secondOut);
            Assert.Multiple(() =>
            {
                Assert.That(again, Is.EqualTo(0));
                Assert.That(second.Select(l => l.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "kept", "kept", "kept", "kept", "fetched", "fetched" }));
                Assert.That(server.Hits("/a-1.html"), Is.EqualTo(1), "a saved article is not fetched again");
                Assert.That(server.Hits("/a-6.html"), Is.EqualTo(1));
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Crawl_since_uses_the_article_date_when_the_list_shows_none()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-since-");
        try
        {
            using var server = new LoopbackServer()
                .MapPage("/startup", TestPages.List("Startup", [("/moi.html", null), ("/cu.html", null)], null))
                .MapPage("/moi.html", TestPages.Article(0, Day))
                .MapPage("/cu.html", TestPages.Article(1, Day.AddYears(-2)));
            var (code, stdout, stderr) = await Run(["crawl", server.Url("/startup").AbsoluteUri, "--out", dir.FullName, "--since", "2025-01-01", .. Quick]);
            var lines = Lines(stdout);
            Assert.That(code, Is.EqualTo(0), stderr);
            Assert.That(lines.Select(l => l.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "fetched", "skipped" }));
            Assert.That(Directory.GetFiles(dir.FullName, "*.html"), Has.Length.EqualTo(1));
            Assert.That(stderr, Does.Contain("1 older than --since"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Crawl_reports_a_robots_refusal_and_exits_1()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-robots-");
        try
        {
            using var server = new LoopbackServer()
                .MapPage("/robots.txt", "User-agent: *\nDisallow: /kinh-doanh\n", "text/plain")
                .MapPage("/kinh-doanh", TestPages.List("Kinh doanh", [("/a-1.html", null)], null));
            var (code, stdout, stderr) = await Run(["crawl", server.Url("/kinh-doanh").AbsoluteUri, "--out", dir.FullName, .. Quick]);
            Assert.That(code, Is.EqualTo(1));
            Assert.That(Lines(stdout).Single().GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("robots"));
            Assert.That(stderr, Does.Contain("robots.txt"));
            Assert.That(server.Hits("/kinh-doanh"), Is.Zero);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestCase("crawl", "ftp://127.0.0.1/kinh-doanh", "--out", "x")]
    [TestCase("fetch", "--out", "x")]
    [TestCase("crawl", "https://vnexpress.net/kinh-doanh", "--out", "x", "--since", "hôm qua")]
    [TestCase("fetch", "https://vnexpress.net/a.html", "--out", "x", "--delay", "-1")]
    public async Task Bad_command_lines_are_usage_errors(params string[] args)
    {
        var (code, _, stderr) = await Run(args);
        Assert.That(code, Is.EqualTo(2), stderr);
    }
}
