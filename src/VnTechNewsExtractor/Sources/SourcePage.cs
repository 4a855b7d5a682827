namespace VnTechNewsExtractor.Sources;

/// <summary>
/// One page as a <see cref="IPageSource"/> delivers it, whatever it came from: the bytes, the charset stated outside
/// them, the URL it was served from, and the name records report as their source. A page that could not be had
/// has no content and says why in <see cref="Errors"/>.
/// </summary>
public sealed record SourcePage
{
    /// <summary>What records report as their source: the path as given, or the URL.</summary>
    public required string Source { get; init; }

    /// <summary>Where the page was served from (after redirects), when known.</summary>
    public string? Url { get; init; }

    /// <summary>The page's bytes; null when it could not be had.</summary>
    public byte[]? Content { get; init; }

    /// <summary>A charset stated outside the page (an HTTP header or a sidecar), or null.</summary>
    public string? Charset { get; init; }

    /// <summary>Whether the page is a plain-text article (a .txt file or a text/plain response) rather than HTML.</summary>
    public bool IsPlainText { get; init; }

    /// <summary>Problems met getting the page; when <see cref="Content"/> is null, why it is missing.</summary>
    public IReadOnlyList<ExtractionError> Errors { get; init; } = [];

    /// <summary>A page that could not be had.</summary>
    public static SourcePage Failed(string source, ExtractionError error) => new() { Source = source, Errors = [error] };
}
