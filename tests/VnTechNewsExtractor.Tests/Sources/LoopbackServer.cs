using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>
/// An HTTP server on 127.0.0.1 and a free port, started by a test and serving only what the test maps, so that
/// fetching is tested without any outside network. Records every request it gets.
/// </summary>
internal sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, int, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackServer()
    {
        // Port 0 finds a free port; HttpListener cannot bind it directly, so it takes the port a moment later.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseUrl.AbsoluteUri);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    /// <summary>Every request, in arrival order: path and query, User-Agent, arrival time.</summary>
    public ConcurrentQueue<(string PathAndQuery, string? UserAgent, DateTimeOffset At)> Requests { get; } = new();

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <summary>How many requests <paramref name="pathAndQuery"/> has had.</summary>
    public int Hits(string pathAndQuery) => _hits.GetValueOrDefault(pathAndQuery);

    /// <summary>Serves <paramref name="pathAndQuery"/> with <paramref name="handler"/> (given the request count, 1 for the first).</summary>
    public LoopbackServer Map(string pathAndQuery, Func<HttpListenerContext, int, Task> handler)
    {
        _routes[pathAndQuery] = handler;
        return this;
    }

    public LoopbackServer MapPage(string pathAndQuery, string html, string contentType = "text/html; charset=utf-8") =>
        Map(pathAndQuery, (ctx, _) => Send(ctx, 200, Encoding.UTF8.GetBytes(html), contentType));

    public LoopbackServer MapBytes(string pathAndQuery, byte[] body, string? contentType) =>
        Map(pathAndQuery, (ctx, _) => Send(ctx, 200, body, contentType));

    public LoopbackServer MapRedirect(string pathAndQuery, string location, int status = 301) =>
        Map(pathAndQuery, (ctx, _) =>
        {
            ctx.Response.RedirectLocation = location;
            return Send(ctx, status, [], null);
        });

    public static async Task Send(HttpListenerContext ctx, int status, byte[] body, string? contentType, bool chunked = false)
    {
        ctx.Response.StatusCode = status;
        if (contentType is not null) ctx.Response.ContentType = contentType;
        if (chunked) ctx.Response.SendChunked = true;
        else ctx.Response.ContentLength64 = body.Length;
        await ctx.Response.OutputStream.WriteAsync(body);
        ctx.Response.Close();
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            _ = Task.Run(() => HandleAsync(ctx));
        }
    }

    private async Task HandleAsync(HttpListenerContext ctx)
    {
        var path = ctx.Request.Url!.PathAndQuery;
        Requests.Enqueue((path, ctx.Request.UserAgent, DateTimeOffset.UtcNow));
        int hit = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        try
        {
            if (_routes.TryGetValue(path, out var handler)) await handler(ctx, hit);
            else await Send(ctx, 404, Encoding.UTF8.GetBytes("<html><body><h1>Không tìm thấy trang</h1></body></html>"), "text/html; charset=utf-8");
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // the client hung up (a timeout or a size limit on its side): nothing to answer
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the loop ends by the listener closing under it
        }
        _stop.Dispose();
    }
}
