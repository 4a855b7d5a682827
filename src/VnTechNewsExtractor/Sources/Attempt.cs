namespace VnTechNewsExtractor.Sources;

/// <summary>One request's answer as <see cref="PageFetcher"/> judges it: read in full (within the size limit) or failed.</summary>
internal sealed record Attempt
{
    public int? Status { get; init; }

    public string? Reason { get; init; }

    public Uri? FinalUrl { get; init; }

    public string? ContentType { get; init; }

    public string? Charset { get; init; }

    public Uri? Location { get; init; }

    public byte[]? Body { get; init; }

    /// <summary>Worth another try: 429, 5xx, a timeout or a network error.</summary>
    public bool Transient { get; init; }

    /// <summary>The server's Retry-After, used instead of the back-off when present.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Why this attempt gave no usable answer (for a transient one, only if no later attempt does better).</summary>
    public string? Problem { get; init; }

    public string ProblemCode { get; init; } = ExtractionErrorCodes.Network;

    /// <summary>How many attempts the fetch took, this one included.</summary>
    public int Number { get; init; } = 1;
}
