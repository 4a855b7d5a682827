using System.Text;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// Which outside charset (from an HTTP header or a sidecar) to trust. Servers often send a default charset that is
/// not the page's: bytes that are valid UTF-8 with multi-byte sequences are UTF-8 whatever the header says (legacy
/// Vietnamese text is practically never valid UTF-8), and a header charset the bytes do not decode in is dropped so
/// that the page's own declaration (BOM, meta) decides.
/// </summary>
internal static class CharsetChoice
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    public static string? Choose(ReadOnlySpan<byte> bytes, string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared) || PageDecoder.Lookup(declared) is not { } encoding) return null;
        bool isUtf8 = encoding.CodePage == Encoding.UTF8.CodePage;
        if (!isUtf8 && HasMultiByte(bytes) && DecodesStrictly(bytes, StrictUtf8)) return "utf-8";
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        return DecodesStrictly(bytes, strict) ? declared : null;
    }

    private static bool HasMultiByte(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;

    private static bool DecodesStrictly(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        try
        {
            encoding.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
