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

    /// <summary>An unexpected failure inside the analyzer; the message says where.</summary>
    public const string Internal = "internal";
}
