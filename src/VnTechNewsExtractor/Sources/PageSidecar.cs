using System.Text.Json;
using System.Text.Json.Serialization;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// How a saved page was fetched, kept beside it as <c>PAGE.meta.json</c> so that the page can be analysed again
/// exactly as it was served: the charset the server named, the URL it came from and the one it ended at.
/// </summary>
public sealed record PageSidecar
{
    /// <summary>Appended to a page's file name to name its sidecar.</summary>
    public const string Suffix = ".meta.json";

    /// <summary>The URL asked for.</summary>
    public required string Url { get; init; }

    /// <summary>The URL after redirects.</summary>
    public string? FinalUrl { get; init; }

    /// <summary>When the fetch started (UTC, ISO 8601).</summary>
    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>The HTTP status of the final response.</summary>
    public int Status { get; init; }

    /// <summary>The Content-Type header as served.</summary>
    public string? ContentType { get; init; }

    /// <summary>The charset the Content-Type header named, or null.</summary>
    public string? Charset { get; init; }

    /// <summary>The page's size in bytes.</summary>
    public long Length { get; init; }

    /// <summary>The page's SHA-256, lower-case hex, to notice a page changed on disk.</summary>
    public string? Sha256 { get; init; }

    /// <summary>The sidecar path of the page at <paramref name="pagePath"/>.</summary>
    public static string PathFor(string pagePath) => pagePath + Suffix;

    /// <summary>Reads the sidecar of <paramref name="pagePath"/>: null when there is none; an error when it does not parse.</summary>
    public static (PageSidecar? Sidecar, ExtractionError? Error) TryRead(string pagePath)
    {
        var path = PathFor(pagePath);
        if (!File.Exists(path)) return (null, null);
        try
        {
            var sidecar = JsonSerializer.Deserialize(File.ReadAllBytes(path), SidecarJsonContext.Default.PageSidecar);
            return sidecar is null || string.IsNullOrWhiteSpace(sidecar.Url)
                ? (null, new ExtractionError(ExtractionErrorCodes.Format, $"{path}: the sidecar names no url"))
                : (sidecar, null);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return (null, new ExtractionError(ExtractionErrorCodes.Format, $"{path}: unreadable sidecar ({ex.Message})"));
        }
    }

    /// <summary>The sidecar as indented JSON (camelCase).</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, SidecarJsonContext.Default.PageSidecar);
}
