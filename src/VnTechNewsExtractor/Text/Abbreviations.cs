namespace VnTechNewsExtractor.Text;

/// <summary>Abbreviations that end in a dot without ending a sentence; read from <c>Resources/abbreviations.tsv</c>.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Known = new(
        ResourceData.ReadLines("abbreviations.tsv").Select(l => l.Split('\t')[0]),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="word"/> (without its final dot) is a known abbreviation.</summary>
    public static bool IsKnown(ReadOnlySpan<char> word) => Known.Contains(word.ToString());
}
