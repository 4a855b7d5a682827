using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// Fetches pages politely: robots.txt obeyed, one request per <see cref="FetchOptions.HostInterval"/> per host,
/// retries with exponential back-off (and Retry-After) on 429, 5xx, timeouts and network errors, redirects followed
/// one hop at a time (only http and https), bodies capped while they stream. Never throws for a bad URL or
/// response: the problem is in <see cref="FetchResult.Error"/>. Thread-safe; share one per run.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private const long MaxRobotsBytes = 512 * 1024;
    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly HostRateLimiter _limiter;
    private readonly ResiliencePipeline<Attempt> _retry;
    private readonly ConcurrentDictionary<string, Lazy<Task<(RobotsTxt Rules, ExtractionError? Unreachable)>>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _productToken;

    /// <summary>Creates a fetcher with <paramref name="options"/> (the defaults when null).</summary>
    public PageFetcher(FetchOptions? options = null) : this(options, null)
    {
    }

    internal PageFetcher(FetchOptions? options, TimeProvider? time)
    {
        Options = options ?? FetchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.HostInterval, TimeSpan.Zero, "HostInterval");
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.RetryDelay, TimeSpan.Zero, "RetryDelay");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Options.Timeout, TimeSpan.Zero, "Timeout");
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Options.MaxResponseBytes, 0, "MaxResponseBytes");
        ArgumentOutOfRangeException.ThrowIfNegative(Options.MaxRedirects, "MaxRedirects");
        ArgumentException.ThrowIfNullOrWhiteSpace(Options.UserAgent, "UserAgent");
        _limiter = new HostRateLimiter(time);
        if (Options.HttpClient is { } given) _client = given;
        else
        {
            var handler = Options.Handler ?? new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                ConnectTimeout = Options.Timeout,
            };
            _client = new HttpClient(handler, disposeHandler: Options.Handler is null) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            _ownsClient = true;
        }
        var slash = Options.UserAgent.IndexOfAny(['/', ' ']);
        _productToken = (slash > 0 ? Options.UserAgent[..slash] : Options.UserAgent).Trim();
        _retry = Options.MaxRetries <= 0
            ? ResiliencePipeline<Attempt>.Empty
            : new ResiliencePipelineBuilder<Attempt>().AddRetry(new RetryStrategyOptions<Attempt>
            {
                MaxRetryAttempts = Options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = Options.RetryDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Transient: true }),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result?.RetryAfter),
            }).Build();
    }

    /// <summary>The options this fetcher was built with.</summary>
    public FetchOptions Options { get; }

    /// <summary>Fetches <paramref name="url"/>, following redirects.</summary>
    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fetchedAt = DateTimeOffset.UtcNow;
        if (!CanonicalUrl.IsHttp(url)) return Failed(url, fetchedAt, ExtractionErrorCodes.Format, $"{url}: only http and https URLs are fetched");
        var current = url;
        for (int hop = 0; ; hop++)
        {
            var interval = Options.HostInterval;
            if (Options.ObeyRobotsTxt)
            {
                var (robots, unreachable) = await RobotsVerdictAsync(current, cancellationToken).ConfigureAwait(false);
                if (unreachable is not null)
                    return Failed(url, fetchedAt, unreachable.Code, $"{url}: robots.txt of {current.Authority} could not be fetched ({unreachable.Message}), so the site is left alone");
                if (!robots.IsAllowed(_productToken, current.PathAndQuery))
                    return Failed(url, fetchedAt, ExtractionErrorCodes.Robots, $"{url}: robots.txt of {current.Authority} does not allow {current.PathAndQuery}");
                if (robots.CrawlDelay(_productToken) is { } delay && delay > interval) interval = delay;
            }
            var attempt = await SendAsync(current, interval, Options.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
            var result = new FetchResult
            {
                Url = url, FinalUrl = attempt.FinalUrl ?? current, FetchedAt = fetchedAt, Status = attempt.Status,
                ContentType = attempt.ContentType, Charset = attempt.Charset, Attempts = attempt.Number,
            };
            if (attempt.Problem is { } problem)
                return result with { Error = new ExtractionError(attempt.ProblemCode, $"{url}: {problem}{(attempt.Number > 1 ? $" (after {attempt.Number} attempts)" : "")}") };
            if (attempt.Status is >= 300 and < 400)
            {
                if (attempt.Location is null)
                    return result with { Error = new ExtractionError(ExtractionErrorCodes.Http, $"{url}: HTTP {attempt.Status} redirect without a Location") };
                if (hop >= Options.MaxRedirects)
                    return result with { Error = new ExtractionError(ExtractionErrorCodes.Network, $"{url}: more than {Options.MaxRedirects} redirects") };
                var next = new Uri(current, attempt.Location);
                if (!CanonicalUrl.IsHttp(next))
                    return result with { Error = new ExtractionError(ExtractionErrorCodes.Network, $"{url}: redirected to {next}, which is not http or https") };
                current = next;
                continue;
            }
            if (attempt.Status is not (>= 200 and < 300))
                return result with { Error = new ExtractionError(ExtractionErrorCodes.Http, $"{url}: HTTP {attempt.Status} {attempt.Reason}".TrimEnd()) };
            if (!IsPageType(attempt.ContentType))
                return result with { Error = new ExtractionError(ExtractionErrorCodes.Format, $"{url}: content type {attempt.ContentType} is not a web page") };
            return result with { Content = attempt.Body };
        }
    }

    /// <summary>The robots.txt rules for <paramref name="url"/>'s host, fetched once per fetcher.</summary>
    public async Task<RobotsTxt> RobotsForAsync(Uri url, CancellationToken cancellationToken = default) =>
        (await RobotsVerdictAsync(url, cancellationToken).ConfigureAwait(false)).Rules;

    private Task<(RobotsTxt Rules, ExtractionError? Unreachable)> RobotsVerdictAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        var key = url.GetLeftPart(UriPartial.Authority);
        return _robots.GetOrAdd(key, k => new Lazy<Task<(RobotsTxt, ExtractionError?)>>(() => FetchRobotsAsync(new Uri(k + "/robots.txt"), cancellationToken))).Value;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient) _client.Dispose();
    }

    /// <summary>
    /// RFC 9309: a 4xx means no rules; a 5xx, 429 or no answer means the whole site is off limits for now;
    /// up to five redirects are followed.
    /// </summary>
    private async Task<(RobotsTxt, ExtractionError?)> FetchRobotsAsync(Uri url, CancellationToken cancellationToken)
    {
        var current = url;
        for (int hop = 0; hop <= 5; hop++)
        {
            var attempt = await SendAsync(current, Options.HostInterval, MaxRobotsBytes, cancellationToken).ConfigureAwait(false);
            if (attempt.Status is >= 300 and < 400 && attempt.Location is not null && CanonicalUrl.IsHttp(new Uri(current, attempt.Location)))
            {
                current = new Uri(current, attempt.Location);
                continue;
            }
            if (attempt.Problem is not null && attempt.ProblemCode == ExtractionErrorCodes.Limit) return (RobotsTxt.AllowAll, null);
            // No answer is a network error of the page; an answer of 429 or 5xx is the site's word, so a robots error.
            if (attempt.Problem is not null && attempt.Status is null) return (RobotsTxt.DisallowAll, new ExtractionError(ExtractionErrorCodes.Network, attempt.Problem));
            if (attempt.Status is 429 or >= 500) return (RobotsTxt.DisallowAll, new ExtractionError(ExtractionErrorCodes.Robots, $"HTTP {attempt.Status}"));
            if (attempt.Status is >= 200 and < 300 && attempt.Body is not null)
                return (RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(attempt.Body)), null);
            return (RobotsTxt.AllowAll, null);
        }
        return (RobotsTxt.AllowAll, null);
    }

    private async Task<Attempt> SendAsync(Uri url, TimeSpan interval, long maxBytes, CancellationToken cancellationToken)
    {
        int number = 0;
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var outcome = await _retry.ExecuteOutcomeAsync(async (_, state) =>
            {
                number++;
                var attempt = await SendOnceAsync(state, interval, maxBytes, cancellationToken).ConfigureAwait(false);
                return Outcome.FromResult(attempt);
            }, context, url).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            outcome.ThrowIfException();
            return outcome.Result! with { Number = number };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private async Task<Attempt> SendOnceAsync(Uri url, TimeSpan interval, long maxBytes, CancellationToken cancellationToken)
    {
        await _limiter.WaitAsync(url.IdnHost, interval, cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", Options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        request.Headers.TryAddWithoutValidation("Accept-Language", "vi,en;q=0.5");
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            var attempt = new Attempt
            {
                Status = status,
                Reason = response.ReasonPhrase,
                FinalUrl = response.RequestMessage?.RequestUri,
                ContentType = response.Content.Headers.ContentType?.ToString(),
                Charset = response.Content.Headers.ContentType?.CharSet?.Trim('"', '\''),
                Location = response.Headers.Location,
            };
            if (status is 429 or >= 500)
            {
                var retryAfter = RetryAfter(response.Headers.RetryAfter);
                if (retryAfter > Options.MaxRetryAfter)
                    return attempt with { Problem = $"HTTP {status}; the server asks to wait {retryAfter.Value.TotalSeconds:0} s, more than the {Options.MaxRetryAfter.TotalSeconds:0} s allowed", ProblemCode = ExtractionErrorCodes.Http };
                return attempt with { Transient = true, RetryAfter = retryAfter, Problem = $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), ProblemCode = ExtractionErrorCodes.Http };
            }
            if (status is not (>= 200 and < 300)) return attempt;
            var length = response.Content.Headers.ContentLength;
            if (length > maxBytes)
                return attempt with { Problem = $"the page is {length:N0} bytes, over the limit of {maxBytes:N0}", ProblemCode = ExtractionErrorCodes.Limit };
            var body = await ReadCappedAsync(response.Content, maxBytes, timeout.Token).ConfigureAwait(false);
            return body is null
                ? attempt with { Problem = $"the page is over the limit of {maxBytes:N0} bytes", ProblemCode = ExtractionErrorCodes.Limit }
                : attempt with { Body = body };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Attempt { Transient = true, Problem = $"no complete answer within {Options.Timeout.TotalSeconds:0.###} s", ProblemCode = ExtractionErrorCodes.Network };
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return new Attempt { Transient = true, Problem = Describe(ex), ProblemCode = ExtractionErrorCodes.Network };
        }
    }

    /// <summary>The body, or null as soon as it grows past <paramref name="maxBytes"/> (the rest is never read).</summary>
    private static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static string Describe(Exception ex)
    {
        var inner = ex;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return ReferenceEquals(inner, ex) ? ex.Message : $"{ex.Message} ({inner.Message})";
    }

    private static bool IsPageType(string? contentType)
    {
        if (contentType is null) return true;
        var media = contentType.Split(';')[0].Trim();
        return media.Length == 0 || media.Equals("text/html", StringComparison.OrdinalIgnoreCase) || media.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
            || media.Equals("text/plain", StringComparison.OrdinalIgnoreCase) || media.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase);
    }

    private static FetchResult Failed(Uri url, DateTimeOffset at, string code, string message) =>
        new() { Url = url, FetchedAt = at, Error = new ExtractionError(code, message) };
}
