namespace VnTechNewsExtractor.Sources;

/// <summary>What fetching one URL gave: the page and how it was served, or the error that stopped it.</summary>
public sealed record FetchResult
{
    /// <summary>The URL asked for.</summary>
    public required Uri Url { get; init; }

    /// <summary>Where the page was found after redirects; null when no response was had.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>When the fetch started (UTC).</summary>
    public DateTimeOffset FetchedAt { get; init; }

    /// <summary>The final HTTP status; null when no response was had.</summary>
    public int? Status { get; init; }

    /// <summary>The Content-Type header as served.</summary>
    public string? ContentType { get; init; }

    /// <summary>The charset named by the Content-Type header, or null.</summary>
    public string? Charset { get; init; }

    /// <summary>The body; null when the fetch failed.</summary>
    public byte[]? Content { get; init; }

    /// <summary>Attempts made for the final URL (1 when the first succeeded).</summary>
    public int Attempts { get; init; }

    /// <summary>Why the page could not be had; null on success.</summary>
    public ExtractionError? Error { get; init; }

    /// <summary>Whether the page was fetched.</summary>
    public bool Succeeded => Error is null && Content is not null;

    /// <summary>Whether the page is plain text rather than HTML, by its content type.</summary>
    public bool IsPlainText => ContentType?.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) == true;
}
