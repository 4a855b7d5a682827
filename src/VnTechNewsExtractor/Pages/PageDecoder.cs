using System.Text;
using System.Text.RegularExpressions;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// Turns a saved page's bytes into text: a byte-order mark first, then UTF-16 recognised by its NUL bytes, then a charset named by the caller (an HTTP
/// header or a sidecar), then a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration, then UTF-8.
/// Legacy code pages (windows-1258 and others) are decoded without registering global providers. Bytes that
/// do not decode are replaced and reported, never fatal.
/// </summary>
public static partial class PageDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The page as saved.</param>
    /// <param name="declaredCharset">A charset stated outside the page (HTTP header), or null.</param>
    /// <param name="source">The input's name, for error messages.</param>
    public static (string Text, IReadOnlyList<ExtractionError> Errors) Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, string source)
    {
        var errors = new List<ExtractionError>();
        Encoding? encoding = null;
        int skip = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) { encoding = new UTF8Encoding(false); skip = 3; }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) { encoding = Encoding.Unicode; skip = 2; }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) { encoding = Encoding.BigEndianUnicode; skip = 2; }
        encoding ??= SniffUtf16(bytes) ?? Lookup(declaredCharset) ?? Lookup(SniffMetaCharset(bytes)) ?? new UTF8Encoding(false);

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return (strict.GetString(bytes[skip..]), errors);
        }
        catch (DecoderFallbackException ex)
        {
            errors.Add(new ExtractionError(ExtractionErrorCodes.Encoding,
                $"{source}: bytes that are not valid {encoding.WebName} at offset {ex.Index + skip}; replaced with U+FFFD."));
            var lenient = (Encoding)encoding.Clone();
            lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
            return (lenient.GetString(bytes[skip..]), errors);
        }
    }

    /// <summary>
    /// UTF-16 little- or big-endian when <paramref name="bytes"/> carry its byte-order mark, or, without one, when NUL
    /// bytes fill one side of the byte pairs and not the other (markup and spaces are ASCII, so in UTF-16 every
    /// second byte of most characters is zero); otherwise null.
    /// </summary>
    public static Encoding? SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;
        var head = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        int pairs = head.Length / 2;
        if (pairs < 2) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < head.Length; i += 2)
        {
            if (head[i] == 0) evenZeros++;
            if (head[i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 20 <= pairs) return Encoding.Unicode;
        if (evenZeros * 10 >= pairs * 3 && oddZeros * 20 <= pairs) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>The encoding named <paramref name="charset"/>, legacy code pages included, or null.</summary>
    public static Encoding? Lookup(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset)) return null;
        var name = charset.Trim().Trim('"', '\'').ToLowerInvariant();
        if (name is "utf8") name = "utf-8";
        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? SniffMetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups["cs"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
