using VnTechNewsExtractor.Pages;
using System.Net;
using System.Net.Sockets;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>
/// Reading a page fetches nothing and runs nothing: every way a page can name a resource points at a loopback
/// listener that counts connections, and a script that would rewrite the article leaves no trace.
/// </summary>
[NonParallelizable]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)] // a listener and a count of its own for each test
public sealed class PageSecurityTests : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private int _connections;

    public PageSecurityTests()
    {
        _listener.Start();
        _ = AcceptAsync();
    }

    private int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _listener.AcceptTcpClientAsync();
                Interlocked.Increment(ref _connections);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // the listener was stopped
        }
    }

    private string HostilePage()
    {
        var u = $"http://127.0.0.1:{Port}";
        return $$"""
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
            <title>Quỹ Rạng Đông rót 20 triệu USD vào startup Mây Xanh</title>
            <meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-05T08:00:00+07:00">
            <base href="{{u}}/base/">
            <meta http-equiv="refresh" content="0; url={{u}}/refresh">
            <link rel="stylesheet" href="{{u}}/style.css"><link rel="preload" href="{{u}}/preload.js" as="script">
            <link rel="import" href="{{u}}/import.html"><link rel="icon" href="{{u}}/favicon.ico">
            <script src="{{u}}/script.js"></script>
            <style>@import url("{{u}}/import.css"); body { background: url({{u}}/bg.png) }</style>
            </head><body>
            <article><h1 id="headline">Quỹ Rạng Đông rót 20 triệu USD vào startup Mây Xanh</h1>
            <div id="body">
            <p>Quỹ đầu tư Rạng Đông vừa công bố rót 20 triệu USD vào startup Mây Xanh AI, nâng tổng vốn startup này huy động được lên 35 triệu USD sau ba vòng gọi vốn.</p>
            <p>Theo đại diện Mây Xanh, khoản tiền mới sẽ dùng để mở rộng trung tâm dữ liệu tại Đà Nẵng và tuyển thêm 200 kỹ sư trong năm tới.</p>
            <p>Vòng gọi vốn này có sự tham gia của hai nhà đầu tư cũ, và định giá của Mây Xanh AI không được công bố.</p>
            <img src="{{u}}/img.png" srcset="{{u}}/img2x.png 2x"><iframe src="{{u}}/frame.html"></iframe>
            <object data="{{u}}/object.swf"></object><embed src="{{u}}/embed.swf"><video src="{{u}}/video.mp4" poster="{{u}}/poster.png"></video>
            <audio src="{{u}}/audio.mp3"></audio><svg><image href="{{u}}/svg.png"/></svg><div style="background-image:url({{u}}/inline.png)"></div>
            </div></article>
            <script>
              document.getElementById('body').innerHTML = '<p>Nội dung đã bị script thay thế hoàn toàn bằng một đoạn văn khác dài hơn hai trăm ký tự để bộ đọc chọn nó làm thân bài nếu script được chạy thật sự trên trang này.</p>';
              document.title = 'Bị đổi'; document.getElementById('headline').textContent = 'Bị đổi';
              fetch('{{u}}/fetch'); new Image().src = '{{u}}/beacon';
            </script>
            </body></html>
            """;
    }

    [Test]
    public void The_listener_counts_a_real_request_so_zero_means_none_was_made()
    {
        using var http = new HttpClient();
        try
        {
            http.GetAsync($"http://127.0.0.1:{Port}/probe").Wait(TimeSpan.FromSeconds(2));
        }
        catch (AggregateException)
        {
            // the listener answers nothing; the connection is what counts
        }
        Assert.That(() => Volatile.Read(ref _connections), Is.GreaterThan(0).After(5000, 50));
    }

    [Test]
    public async Task Reading_a_page_fetches_none_of_its_resources_and_runs_none_of_its_scripts()
    {
        var html = HostilePage();
        var content = new HtmlArticleReader().Read(html, "https://example.vn/quy-rang-dong.html");
        var analyzer = new ArticleAnalyzer();
        var analysis = analyzer.AnalyzeHtml(html, "page.html");
        var file = Path.Combine(Path.GetTempPath(), $"vntech-security-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(file, html);
        ArticleAnalysis fromFile;
        try
        {
            fromFile = await analyzer.AnalyzeFileAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
        // Resources would be requested while or right after parsing; give any stray request time to arrive.
        await Task.Delay(1000);
        Assert.Multiple(() =>
        {
            Assert.That(Volatile.Read(ref _connections), Is.Zero, "connections to the page's resources");
            foreach (var read in new[] { content.Title, analysis.Title, fromFile.Title })
                Assert.That(read, Is.EqualTo("Quỹ Rạng Đông rót 20 triệu USD vào startup Mây Xanh"));
            foreach (var paragraphs in new[] { content.Paragraphs, analysis.Paragraphs, fromFile.Paragraphs })
            {
                Assert.That(paragraphs, Has.Some.StartsWith("Quỹ đầu tư Rạng Đông vừa công bố"));
                Assert.That(paragraphs, Has.None.Contain("script thay thế").And.None.Contain("Bị đổi"));
            }
            Assert.That(analysis.Investments.Select(i => i.Investee), Has.Some.Contain("Mây Xanh"));
        });
    }

    public void Dispose() => _listener.Stop();
}
