namespace VnTechNewsExtractor;

/// <summary>The codes an <see cref="ExtractionError"/> may carry.</summary>
public static class ExtractionErrorCodes
{
    /// <summary>The input could not be read (missing, unreadable, a directory, vanished).</summary>
    public const string Io = "io";

    /// <summary>The bytes could not be decoded cleanly in the declared or detected encoding.</summary>
    public const string Encoding = "encoding";

    /// <summary>The input is not an article this tool understands (binary data, unsupported type).</summary>
    public const string Format = "format";

    /// <summary>The input exceeded a configured limit (size, time).</summary>
    public const string Limit = "limit";

    /// <summary>A URL could not be reached: refused, reset, timed out, a DNS failure, or a redirect that leads nowhere usable.</summary>
    public const string Network = "network";

    /// <summary>A server answered with an HTTP error status (404, 410, 5xx after retries, 429 after retries).</summary>
    public const string Http = "http";

    /// <summary>The site's robots.txt does not allow this URL to be fetched.</summary>
    public const string Robots = "robots";

    /// <summary>An unexpected failure inside the analyzer; the message says where.</summary>
    public const string Internal = "internal";
}
