namespace VnTechNewsExtractor.Money;

/// <summary>
/// Longest-match lookup of lower-case phrases ("đô la mỹ", "nghìn tỷ") at a position of a match text, walking
/// one character at a time so that finding nothing costs one or two dictionary probes and never backtracks.
/// </summary>
/// <typeparam name="T">What a phrase stands for.</typeparam>
internal sealed class PhraseTrie<T>
{
    private readonly Node _root = new();
    private readonly List<string> _phrases = [];

    /// <summary>Every phrase added.</summary>
    public IReadOnlyList<string> Phrases => _phrases;

    /// <summary>Adds <paramref name="phrase"/>; a space in it matches any run of spaces in the text.</summary>
    public void Add(string phrase, T value)
    {
        _phrases.Add(phrase);
        var node = _root;
        foreach (var c in phrase)
        {
            node.Children ??= [];
            if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
            node = next;
        }
        node.HasValue = true;
        node.Value = value;
    }

    /// <summary>
    /// The longest phrase that starts at <paramref name="pos"/> and ends where a word ends (the next character is
    /// no letter), so "đ" never matches the start of "đồng".
    /// </summary>
    public bool TryMatch(string text, int pos, out T value, out int end)
    {
        value = default!;
        end = -1;
        var node = _root;
        int i = pos;
        while (i < text.Length && node.Children is { } children)
        {
            char c = text[i];
            if (!children.TryGetValue(c, out var next)) break;
            i++;
            if (c == ' ')
            {
                while (i < text.Length && text[i] == ' ') i++;
            }
            node = next;
            if (node.HasValue && (i == text.Length || !char.IsLetter(text[i]) || !char.IsLetter(text[i - 1])))
            {
                value = node.Value;
                end = i;
            }
        }
        return end >= 0;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public bool HasValue;
        public T Value = default!;
    }
}
