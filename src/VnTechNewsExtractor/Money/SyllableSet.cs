namespace VnTechNewsExtractor.Money;

/// <summary>
/// A set of words that can be probed with a span of the text without allocating (net8.0 has no span lookup
/// on <see cref="HashSet{T}"/>): the scanner asks it whether a word can start an amount at all.
/// </summary>
internal sealed class SyllableSet
{
    private readonly string[][] _buckets;

    public SyllableSet(IEnumerable<string> words)
    {
        var distinct = words.Distinct(StringComparer.Ordinal).ToList();
        int size = 16;
        while (size < distinct.Count * 2) size *= 2;
        var lists = new List<string>[size];
        foreach (var w in distinct) (lists[Slot(w, size)] ??= []).Add(w);
        _buckets = lists.Select(l => l?.ToArray() ?? []).ToArray();
    }

    public bool Contains(ReadOnlySpan<char> word)
    {
        foreach (var candidate in _buckets[Slot(word, _buckets.Length)])
        {
            if (word.SequenceEqual(candidate)) return true;
        }
        return false;
    }

    // A plain multiplicative hash: the words are short and fixed, so the randomised default buys nothing here
    // and costs a noticeable share of the scan.
    private static int Slot(ReadOnlySpan<char> word, int size)
    {
        uint h = 2166136261;
        foreach (var c in word) h = (h ^ c) * 16777619;
        return (int)(h ^ (h >> 15)) & (size - 1);
    }
}
