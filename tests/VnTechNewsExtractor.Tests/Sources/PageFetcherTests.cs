using System.Net;
using System.Text;
using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>Fetching against a loopback server: redirects, retries, Retry-After, timeouts, size limits, robots.txt.</summary>
public class PageFetcherTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 2, 8, 0, 0, TimeSpan.FromHours(7));

    /// <summary>No waiting between requests or before retries, so the tests run fast; a short timeout.</summary>
    private static FetchOptions Fast => new() { HostInterval = TimeSpan.Zero, RetryDelay = TimeSpan.Zero, Timeout = TimeSpan.FromSeconds(2), MaxRetries = 2 };

    [Test]
    public async Task A_page_comes_with_how_it_was_served()
    {
        using var server = new LoopbackServer().MapPage("/a-1.html", TestPages.Article(0, Published), "text/html; charset=utf-8");
        using var fetcher = new PageFetcher(Fast with { UserAgent = "vntech-test/2.0 (loopback)" });
        var page = await fetcher.FetchAsync(server.Url("/a-1.html"));
        Assert.Multiple(() =>
        {
            Assert.That(page.Succeeded, Is.True, page.Error?.Message);
            Assert.That(page.Status, Is.EqualTo(200));
            Assert.That(page.Charset, Is.EqualTo("utf-8"));
            Assert.That(page.ContentType, Does.StartWith("text/html"));
            Assert.That(page.FinalUrl, Is.EqualTo(server.Url("/a-1.html")));
            Assert.That(Encoding.UTF8.GetString(page.Content!), Does.Contain("Chim Sẻ"));
            Assert.That(server.Requests.Where(r => r.PathAndQuery == "/a-1.html").Select(r => r.UserAgent), Is.All.EqualTo("vntech-test/2.0 (loopback)"));
        });
    }

    [Test]
    public async Task Redirects_are_followed_and_the_final_url_recorded()
    {
        using var server = new LoopbackServer()
            .MapRedirect("/old", "/middle", 301)
            .MapRedirect("/middle", "/new.html", 302)
            .MapPage("/new.html", TestPages.Article(1, Published));
        using var fetcher = new PageFetcher(Fast);
        var page = await fetcher.FetchAsync(server.Url("/old"));
        Assert.That(page.Succeeded, Is.True, page.Error?.Message);
        Assert.That(page.Url, Is.EqualTo(server.Url("/old")));
        Assert.That(page.FinalUrl, Is.EqualTo(server.Url("/new.html")));
    }

    [Test]
    public async Task Redirect_loops_and_non_http_targets_are_errors()
    {
        using var server = new LoopbackServer()
            .MapRedirect("/loop-a", "/loop-b")
            .MapRedirect("/loop-b", "/loop-a")
            .MapRedirect("/to-ftp", "ftp://127.0.0.1/file")
            .MapRedirect("/to-file", "file:///etc/passwd");
        using var fetcher = new PageFetcher(Fast with { MaxRedirects = 4 });
        var loop = await fetcher.FetchAsync(server.Url("/loop-a"));
        var ftp = await fetcher.FetchAsync(server.Url("/to-ftp"));
        var file = await fetcher.FetchAsync(server.Url("/to-file"));
        Assert.Multiple(() =>
        {
            Assert.That(loop.Error!.Message, Does.Contain("more than 4 redirects").And.Contain("/loop-a"));
            Assert.That(server.Hits("/loop-a") + server.Hits("/loop-b"), Is.EqualTo(5), "the first request and 4 redirects");
            Assert.That(ftp.Error!.Message, Does.Contain("not http or https"));
            Assert.That(file.Error!.Message, Does.Contain("not http or https"));
        });
    }

    [Test]
    public async Task Server_errors_are_retried_until_the_page_comes()
    {
        using var server = new LoopbackServer().Map("/flaky.html", (ctx, hit) => hit <= 2
            ? LoopbackServer.Send(ctx, hit == 1 ? 500 : 503, [], null)
            : LoopbackServer.Send(ctx, 200, Encoding.UTF8.GetBytes(TestPages.Article(2, Published)), "text/html; charset=utf-8"));
        using var fetcher = new PageFetcher(Fast);
        var page = await fetcher.FetchAsync(server.Url("/flaky.html"));
        Assert.That(page.Succeeded, Is.True, page.Error?.Message);
        Assert.That(page.Attempts, Is.EqualTo(3));
        Assert.That(server.Hits("/flaky.html"), Is.EqualTo(3));
    }

    [Test]
    public async Task A_server_that_keeps_failing_is_one_error_after_the_retries()
    {
        using var server = new LoopbackServer().Map("/down.html", (ctx, _) => LoopbackServer.Send(ctx, 500, [], null));
        using var fetcher = new PageFetcher(Fast with { MaxRetries = 3 });
        var page = await fetcher.FetchAsync(server.Url("/down.html"));
        Assert.Multiple(() =>
        {
            Assert.That(page.Succeeded, Is.False);
            Assert.That(page.Error!.Code, Is.EqualTo("http"));
            Assert.That(page.Error.Message, Does.Contain("/down.html").And.Contain("HTTP 500").And.Contain("after 4 attempts"));
            Assert.That(server.Hits("/down.html"), Is.EqualTo(4));
        });
    }

    [TestCase(404)]
    [TestCase(410)]
    [TestCase(403)]
    public async Task Client_errors_are_not_retried(int status)
    {
        using var server = new LoopbackServer().Map("/gone.html", (ctx, _) => LoopbackServer.Send(ctx, status, [], null));
        using var fetcher = new PageFetcher(Fast);
        var page = await fetcher.FetchAsync(server.Url("/gone.html"));
        Assert.That(page.Error!.Message, Does.Contain($"HTTP {status}").And.Contain("/gone.html"));
        Assert.That(page.Status, Is.EqualTo(status));
        Assert.That(server.Hits("/gone.html"), Is.EqualTo(1));
    }

    [Test]
    public async Task Too_many_requests_waits_as_long_as_Retry_After_says()
    {
        using var server = new LoopbackServer().Map("/busy.html", (ctx, hit) =>
        {
            if (hit > 1) return LoopbackServer.Send(ctx, 200, Encoding.UTF8.GetBytes(TestPages.Article(3, Published)), "text/html; charset=utf-8");
            ctx.Response.AddHeader("Retry-After", "1");
            return LoopbackServer.Send(ctx, 429, [], null);
        });
        using var fetcher = new PageFetcher(Fast);
        var page = await fetcher.FetchAsync(server.Url("/busy.html"));
        var times = server.Requests.Where(r => r.PathAndQuery == "/busy.html").Select(r => r.At).ToList();
        Assert.That(page.Succeeded, Is.True, page.Error?.Message);
        Assert.That(times, Has.Count.EqualTo(2));
        // A lower bound only: the retry must not come before the server allowed it (RetryDelay is zero here).
        Assert.That(times[1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(900)));
    }

    [Test]
    public async Task A_Retry_After_beyond_the_limit_is_reported_without_waiting()
    {
        using var server = new LoopbackServer().Map("/later.html", (ctx, _) =>
        {
            ctx.Response.AddHeader("Retry-After", "3600");
            return LoopbackServer.Send(ctx, 429, [], null);
        });
        using var fetcher = new PageFetcher(Fast);
        var page = await fetcher.FetchAsync(server.Url("/later.html"));
        Assert.That(page.Error!.Message, Does.Contain("3600 s"));
        Assert.That(server.Hits("/later.html"), Is.EqualTo(1));
    }

    [Test]
    public async Task A_slow_page_times_out_and_is_retried_then_reported()
    {
        using var server = new LoopbackServer()
            .Map("/slow.html", async (ctx, _) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(3));
                await LoopbackServer.Send(ctx, 200, Encoding.UTF8.GetBytes("<p>muộn</p>"), "text/html");
            })
            .Map("/slow-once.html", async (ctx, hit) =>
            {
                if (hit == 1) await Task.Delay(TimeSpan.FromSeconds(3));
                await LoopbackServer.Send(ctx, 200, Encoding.UTF8.GetBytes(TestPages.Article(4, Published)), "text/html; charset=utf-8");
            });
        using var fetcher = new PageFetcher(Fast with { Timeout = TimeSpan.FromMilliseconds(400), MaxRetries = 1 });
        var slow = await fetcher.FetchAsync(server.Url("/slow.html"));
        var once = await fetcher.FetchAsync(server.Url("/slow-once.html"));
        Assert.Multiple(() =>
        {
            Assert.That(slow.Error!.Code, Is.EqualTo("network"));
            Assert.That(slow.Error.Message, Does.Contain("/slow.html").And.Contain("0.4 s").And.Contain("after 2 attempts"));
            Assert.That(once.Succeeded, Is.True, once.Error?.Message);
            Assert.That(once.Attempts, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Oversized_pages_are_stopped_whether_or_not_they_state_their_length()
    {
        var big = Encoding.UTF8.GetBytes("<html><body>" + new string('x', 300_000) + "</body></html>");
        using var server = new LoopbackServer()
            .Map("/big-declared.html", (ctx, _) => LoopbackServer.Send(ctx, 200, big, "text/html"))
            .Map("/big-chunked.html", (ctx, _) => LoopbackServer.Send(ctx, 200, big, "text/html", chunked: true))
            .Map("/small.html", (ctx, _) => LoopbackServer.Send(ctx, 200, big[..1000], "text/html"));
        using var fetcher = new PageFetcher(Fast with { MaxResponseBytes = 100_000 });
        var declared = await fetcher.FetchAsync(server.Url("/big-declared.html"));
        var chunked = await fetcher.FetchAsync(server.Url("/big-chunked.html"));
        var small = await fetcher.FetchAsync(server.Url("/small.html"));
        Assert.Multiple(() =>
        {
            Assert.That(declared.Error!.Code, Is.EqualTo("limit"));
            Assert.That(declared.Error.Message, Does.Contain("/big-declared.html").And.Contain("100,000"));
            Assert.That(chunked.Error!.Code, Is.EqualTo("limit"));
            Assert.That(server.Hits("/big-chunked.html"), Is.EqualTo(1), "a size limit is not retried");
            Assert.That(small.Succeeded, Is.True);
        });
    }

    [Test]
    public async Task Robots_txt_is_obeyed_and_fetched_once_per_host()
    {
        using var server = new LoopbackServer()
            .MapPage("/robots.txt", "User-agent: *\nDisallow: /private/\n\nUser-agent: vntech\nDisallow: /admin\nAllow: /admin/public.html\n", "text/plain")
            .MapPage("/admin/x.html", TestPages.Article(0, Published))
            .MapPage("/admin/public.html", TestPages.Article(1, Published))
            .MapPage("/private/y.html", TestPages.Article(2, Published));
        using var fetcher = new PageFetcher(Fast);
        var admin = await fetcher.FetchAsync(server.Url("/admin/x.html"));
        var open = await fetcher.FetchAsync(server.Url("/admin/public.html"));
        var privatePage = await fetcher.FetchAsync(server.Url("/private/y.html"));
        Assert.Multiple(() =>
        {
            Assert.That(admin.Error!.Code, Is.EqualTo("robots"));
            Assert.That(admin.Error.Message, Does.Contain("/admin/x.html"));
            Assert.That(server.Hits("/admin/x.html"), Is.Zero, "a disallowed page is never requested");
            Assert.That(open.Succeeded, Is.True);
            Assert.That(privatePage.Succeeded, Is.True, "the vntech group replaces the * group");
            Assert.That(server.Hits("/robots.txt"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Robots_txt_redirects_are_checked_on_every_hop()
    {
        using var server = new LoopbackServer()
            .MapPage("/robots.txt", "User-agent: *\nDisallow: /hidden/\n", "text/plain")
            .MapRedirect("/open", "/hidden/page.html")
            .MapPage("/hidden/page.html", TestPages.Article(0, Published));
        using var fetcher = new PageFetcher(Fast);
        var page = await fetcher.FetchAsync(server.Url("/open"));
        Assert.That(page.Error!.Code, Is.EqualTo("robots"));
        Assert.That(server.Hits("/hidden/page.html"), Is.Zero);
    }

    [Test]
    public async Task A_failing_robots_txt_closes_the_site_and_a_missing_one_leaves_it_open()
    {
        using var down = new LoopbackServer().Map("/robots.txt", (ctx, _) => LoopbackServer.Send(ctx, 503, [], null)).MapPage("/a.html", TestPages.Article(0, Published));
        using var missing = new LoopbackServer().MapPage("/a.html", TestPages.Article(0, Published));
        using var fetcher = new PageFetcher(Fast);
        var closed = await fetcher.FetchAsync(down.Url("/a.html"));
        var open = await fetcher.FetchAsync(missing.Url("/a.html"));
        Assert.That(closed.Error!.Code, Is.EqualTo("robots"));
        Assert.That(closed.Error.Message, Does.Contain("HTTP 503").And.Contain("/a.html"));
        Assert.That(down.Hits("/a.html"), Is.Zero);
        Assert.That(open.Succeeded, Is.True);
    }

    [Test]
    public async Task Crawl_delay_raises_the_interval_between_requests()
    {
        using var server = new LoopbackServer()
            .MapPage("/robots.txt", "User-agent: *\nCrawl-delay: 0.5\n", "text/plain")
            .MapPage("/1.html", TestPages.Article(0, Published))
            .MapPage("/2.html", TestPages.Article(1, Published));
        using var fetcher = new PageFetcher(Fast);
        await fetcher.FetchAsync(server.Url("/1.html"));
        await fetcher.FetchAsync(server.Url("/2.html"));
        var times = server.Requests.Where(r => r.PathAndQuery.EndsWith(".html", StringComparison.Ordinal)).Select(r => r.At).ToList();
        Assert.That(times, Has.Count.EqualTo(2));
        Assert.That(times[1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(450)), "a lower bound: never sooner than the site asked");
    }

    [Test]
    public async Task Parallel_fetches_of_one_host_are_still_spaced_by_the_host_interval()
    {
        using var server = new LoopbackServer();
        for (int i = 1; i <= 4; i++) server.MapPage($"/{i}.html", TestPages.Article(i, Published));
        using var fetcher = new PageFetcher(Fast with { HostInterval = TimeSpan.FromMilliseconds(200) });
        var pages = await Task.WhenAll(Enumerable.Range(1, 4).Select(i => fetcher.FetchAsync(server.Url($"/{i}.html"))));
        var times = server.Requests.Where(r => r.PathAndQuery != "/robots.txt").Select(r => r.At).Order().ToList();
        Assert.That(pages.Select(p => p.Succeeded), Is.All.True);
        Assert.That(times, Has.Count.EqualTo(4));
        // Lower bounds only: four requests with 200 ms slots (robots.txt took the first) cannot span less than 3 slots.
        Assert.That(times[^1] - times[0], Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(550)));
    }

    [Test]
    public async Task Unreachable_hosts_and_other_schemes_are_errors()
    {
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
        }
        using var fetcher = new PageFetcher(Fast with { MaxRetries = 1 });
        var refused = await fetcher.FetchAsync(new Uri($"http://127.0.0.1:{closedPort}/a.html"));
        var ftp = await fetcher.FetchAsync(new Uri("ftp://127.0.0.1/a.html"));
        Assert.That(refused.Error!.Code, Is.EqualTo("network"), refused.Error.Message);
        Assert.That(refused.Error.Message, Does.Contain($"127.0.0.1:{closedPort}"));
        Assert.That(ftp.Error!.Message, Does.Contain("only http and https"));
    }

    [Test]
    public async Task An_injected_handler_carries_every_request()
    {
        var handler = new CountingHandler();
        using var fetcher = new PageFetcher(Fast with { Handler = handler, ObeyRobotsTxt = false });
        var page = await fetcher.FetchAsync(new Uri("https://vnexpress.net/kinh-doanh/a-1.html"));
        Assert.That(page.Succeeded, Is.True, page.Error?.Message);
        Assert.That(handler.Requests, Is.EqualTo(new[] { "https://vnexpress.net/kinh-doanh/a-1.html" }));
    }

    [Test]
    public async Task Non_page_content_types_are_reported()
    {
        using var server = new LoopbackServer().MapBytes("/logo.png", [0x89, 0x50, 0x4E, 0x47], "image/png");
        using var fetcher = new PageFetcher(Fast);
        var page = await fetcher.FetchAsync(server.Url("/logo.png"));
        Assert.That(page.Error!.Code, Is.EqualTo("format"));
        Assert.That(page.Error.Message, Does.Contain("image/png"));
    }

    private sealed class CountingHandler : HttpMessageHandler
    {
        public List<string> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (Requests) Requests.Add(request.RequestUri!.AbsoluteUri);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(TestPages.Article(5, Published), Encoding.UTF8, "text/html"),
                RequestMessage = request,
            });
        }
    }
}
