namespace VnTechNewsExtractor.Text;

/// <summary>Abbreviations that end in a dot without ending a sentence; read from <c>Resources/abbreviations.tsv</c>.</summary>
internal static class Abbreviations
{
    private static readonly string[] Known = ResourceData.ReadLines("abbreviations.tsv").Select(l => l.Split('\t')[0]).ToArray();

    private static readonly int MaxLength = Known.Max(k => k.Length);

    /// <summary>True when <paramref name="word"/> (without its final dot) is a known abbreviation.</summary>
    /// <remarks>A linear scan of a few dozen short strings: no substring, and faster than hashing for words this short.</remarks>
    public static bool IsKnown(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxLength || word.Length == 0) return false;
        foreach (var k in Known)
            if (word.SequenceEqual(k)) return true;
        return false;
    }
}
