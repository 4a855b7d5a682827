namespace VnTechNewsExtractor.Sources;

/// <summary>How a <see cref="PageFetcher"/> fetches: politeness, limits and the HTTP client it uses.</summary>
public sealed record FetchOptions
{
    /// <summary>The defaults: one request per second per host, robots.txt obeyed, 30 s per attempt, 3 retries, 16 MiB per page.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>
    /// The client to send requests with; when null one is built over <see cref="Handler"/> (or a new handler that does
    /// not follow redirects itself, so that every hop is checked). The fetcher never disposes a client it was given.
    /// A given client that follows redirects itself still works, but then robots.txt and <see cref="MaxRedirects"/>
    /// apply only to the first URL, and the final URL is the one its handler reports.
    /// </summary>
    public HttpClient? HttpClient { get; init; }

    /// <summary>The handler to build the client over when <see cref="HttpClient"/> is null; not disposed by the fetcher.</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>Sent as User-Agent; its first word (before "/") is the name robots.txt groups are matched against.</summary>
    public string UserAgent { get; init; } = "vntech/0.1 (VnTechNewsExtractor; news research)";

    /// <summary>The least time between two requests to one host (robots.txt's Crawl-delay can make it longer); zero for none.</summary>
    public TimeSpan HostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one attempt (headers and body) may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a 429, a 5xx, a timeout or a network error (0 for none).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first back-off; each further retry waits twice as long (with jitter), unless the server sent Retry-After.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest Retry-After honoured; a server asking for more gets no retry and the page is reported.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A response body larger than this is abandoned while it streams and reported.</summary>
    public long MaxResponseBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>Redirects followed for one page.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Whether robots.txt is fetched and obeyed (once per host and run).</summary>
    public bool ObeyRobotsTxt { get; init; } = true;
}
