using System.Runtime.CompilerServices;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// 64-bit hashes of syllables (in <see cref="TextNormalizer.ForMatching"/> form) and of sequences of them. The
/// segmenter keys its lexicon and its feature weights by these hashes so that a lookup reads the text in place:
/// no substring, no dictionary of strings. At 64 bits, collisions among a few hundred thousand keys are
/// negligible (about 1 in 10^9).
/// </summary>
internal static class SyllableHash
{
    /// <summary>The seed of every chain of <see cref="Combine"/>.</summary>
    public const ulong Seed = 0x9E3779B97F4A7C15UL;

    /// <summary>The hash of <paramref name="chars"/> (already normalised for matching).</summary>
    public static ulong Of(ReadOnlySpan<char> chars)
    {
        ulong h = 0xCBF29CE484222325UL;
        foreach (char c in chars)
        {
            h ^= c;
            h *= 0x100000001B3UL;
        }
        return Mix(h);
    }

    /// <summary>The hash of the matching form (<see cref="TextNormalizer.ForMatching"/>) of <paramref name="token"/>.</summary>
    public static ulong OfToken(ReadOnlySpan<char> token)
    {
        if (token.Length > 64) return Of(TextNormalizer.ForMatching(token.ToString())); // a URL, rarely
        Span<char> buffer = stackalloc char[64];
        var normalized = buffer[..token.Length];
        TextNormalizer.WriteMatchingForm(token, normalized);
        return Of(normalized);
    }

    /// <summary>The hash of the sequence whose prefix hashes to <paramref name="prefix"/> followed by <paramref name="next"/>.</summary>
    public static ulong Combine(ulong prefix, ulong next) => Mix(prefix * 0xFF51AFD7ED558CCDUL + next + 0x632BE59BD9B4E019UL);

    /// <summary>
    /// The key of a segmenter feature: its template and up to five arguments. The arguments are weighted by
    /// independent odd constants and summed, then mixed once, so the multiplications run in parallel instead of
    /// as a chain (this is most of the segmenter's time). Unused arguments must be 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Feature(int template, ulong a0, ulong a1, ulong a2, ulong a3, ulong a4) =>
        Mix(((ulong)template + 1) * 0xD6E8FEB86659FD93UL
            + a0 * 0x9E3779B97F4A7C15UL + a1 * 0xC2B2AE3D27D4EB4FUL + a2 * 0x165667B19E3779F9UL
            + a3 * 0xFF51AFD7ED558CCDUL + a4 * 0xC4CEB9FE1A85EC53UL);

    /// <summary>splitmix64's finaliser: every input bit reaches every output bit, so masks of the low bits spread well.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return z == 0 ? 1 : z; // 0 marks an empty slot in the hash tables
    }
}
