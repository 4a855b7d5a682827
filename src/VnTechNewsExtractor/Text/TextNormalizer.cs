using System.Buffers;
using System.Text;

namespace VnTechNewsExtractor.Text;

/// <summary>Unicode and typography normalisation for Vietnamese news text.</summary>
public static class TextNormalizer
{
    /// <summary>
    /// Cleans text for storage: Unicode NFC, non-breaking and odd spaces to plain spaces,
    /// zero-width characters removed, runs of spaces collapsed and the ends trimmed.
    /// </summary>
    public static string Clean(string text) => Clean(text, newlinesAsSpaces: false);

    /// <summary>
    /// Whether <paramref name="text"/> is NFC without asking ICU: true when every character is one that no
    /// normalisation changes or combines with its neighbour (below U+0300, precomposed Vietnamese letters
    /// U+1E00–U+1EFF, and punctuation U+2002–U+20CF). Nearly all news text passes; anything else takes the full check.
    /// </summary>
    internal static bool IsSurelyNfc(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c >= '\u0300' && !(c is >= '\u1E00' and <= '\u1EFF') && !(c is >= '\u2002' and <= '\u20CF')) return false;
        return true;
    }

    /// <summary>
    /// <paramref name="text"/> in Unicode NFC. A lone surrogate (a page cut inside a character, or <c>&amp;#xD800;</c>)
    /// makes .NET's normalisation throw, so those are replaced with U+FFFD first, keeping every offset.
    /// </summary>
    internal static string ToNfc(string text)
    {
        if (HasLoneSurrogate(text))
        {
            text = string.Create(text.Length, text, static (chars, source) =>
            {
                source.CopyTo(chars);
                for (int i = 0; i < chars.Length; i++)
                {
                    if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
                    else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
                }
            });
        }
        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }

    private static bool HasLoneSurrogate(string text)
    {
        int i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0) return false;
        for (; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return true;
        }
        return false;
    }

    /// <summary>
    /// <see cref="Clean(string)"/>, with line breaks treated as spaces when <paramref name="newlinesAsSpaces"/> (text
    /// taken from HTML, where a line break in the source is only white space). Page reading cleans every paragraph,
    /// title and meta value, so this works in one pass over a stack or pooled buffer and returns the input itself
    /// when it was already clean, instead of building each string twice.
    /// </summary>
    internal static string Clean(string text, bool newlinesAsSpaces)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfc = IsSurelyNfc(text) ? text : ToNfc(text);
        // The output is never longer than the input: a space is written only in place of a white-space character.
        char[]? rented = null;
        Span<char> buffer = nfc.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(nfc.Length));
        try
        {
            int n = 0;
            bool pendingSpace = false;
            foreach (var c in nfc)
            {
                if (IsZeroWidth(c)) continue;
                if (c == '\n' && !newlinesAsSpaces)
                {
                    buffer[n++] = '\n';
                    pendingSpace = false;
                    continue;
                }
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = n > 0 && buffer[n - 1] != '\n';
                    continue;
                }
                if (pendingSpace) buffer[n++] = ' ';
                pendingSpace = false;
                buffer[n++] = c;
            }
            var cleaned = buffer[..n].Trim();
            return cleaned.SequenceEqual(nfc) ? nfc : new string(cleaned);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// Returns a copy of <paramref name="text"/> of exactly the same length in which every character is
    /// lower-cased, spaces, quotes and dashes are unified, and the old tone-mark placement (hoà, thuỷ, khoẻ)
    /// is rewritten in the new one (hòa, thủy, khỏe). Because the length is kept, an offset into the copy is
    /// an offset into the original: rules match on the copy and report spans of the original.
    /// </summary>
    public static string ForMatching(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (dest, src) =>
        {
            for (int i = 0; i < src.Length; i++) dest[i] = MapChar(src[i]);
            UnifyToneMarks(dest);
        });
    }

    /// <summary>
    /// Writes the matching form of <paramref name="source"/> (as <see cref="ForMatching"/>) into
    /// <paramref name="destination"/>, which must be as long; for one token at a time, without a copy of the text.
    /// </summary>
    internal static void WriteMatchingForm(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++) destination[i] = MapChar(source[i]);
        UnifyToneMarks(destination[..source.Length]);
    }

    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    // MapChar for the Latin, Vietnamese and punctuation-free part of the BMP below U+2000, computed once: matching forms
    // are made of every article and every name, and ToLowerInvariant is a call into the globalisation tables.
    private static readonly char[] MappedBelow2000 = BuildMapTable();

    private static char[] BuildMapTable()
    {
        var table = new char[0x2000];
        for (int c = 0; c < table.Length; c++) table[c] = MapCharSlow((char)c);
        return table;
    }

    private static char MapChar(char c) => c < 0x2000 ? MappedBelow2000[c] : MapCharSlow(c);

    private static char MapCharSlow(char c)
    {
        switch (c)
        {
            case '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000' or '\t' or '\r':
            case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                return ' ';
            case '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' or '\u2033':
                return '"';
            case '\u2018' or '\u2019' or '\u201A' or '\u2032' or '`':
                return '\'';
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                return '-';
            case 'Đ':
                return 'đ';
            default:
                return c < 128 ? (char)(c | ((uint)(c - 'A') <= 'Z' - 'A' ? 0x20 : 0)) : char.ToLowerInvariant(c);
        }
    }

    // Tone marks by vowel: index 0 is the bare vowel, 1..5 are huyền, sắc, hỏi, ngã, nặng.
    private const string ToneA = "aàáảãạ";
    private const string ToneE = "eèéẻẽẹ";
    private const string ToneO = "oòóỏõọ";
    private const string ToneU = "uùúủũụ";
    private const string ToneY = "yỳýỷỹỵ";

    /// <summary>Moves the tone of a syllable-final "oa", "oe", "uy" from the second vowel to the first.</summary>
    private static void UnifyToneMarks(Span<char> s)
    {
        for (int i = 1; i < s.Length; i++)
        {
            char second = s[i];
            char first = s[i - 1];
            string? from = null, to = null;
            if (first == 'o') { from = ToneA.IndexOf(second) > 0 ? ToneA : ToneE.IndexOf(second) > 0 ? ToneE : null; to = ToneO; }
            else if (first == 'u') { from = ToneY.IndexOf(second) > 0 ? ToneY : null; to = ToneU; }
            if (from is null || to is null) continue;
            bool final = i + 1 == s.Length || !char.IsLetter(s[i + 1]);
            bool afterQ = i >= 2 && s[i - 2] == 'q'; // "quý" keeps its mark on y in every style
            if (!final || afterQ) continue;
            int tone = from.IndexOf(second);
            s[i - 1] = to[tone];
            s[i] = from[0];
        }
    }
}
