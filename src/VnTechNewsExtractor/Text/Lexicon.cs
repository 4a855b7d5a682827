namespace VnTechNewsExtractor.Text;

/// <summary>A set of multi-syllable Vietnamese words, lower-case, syllables separated by single spaces.</summary>
public sealed class Lexicon
{
    private readonly HashSet<string> _words;
    private readonly Lazy<HashSet<string>> _syllables;

    /// <summary>Creates a lexicon from words (syllables separated by spaces; case is ignored).</summary>
    public Lexicon(IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        _words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            var key = TextNormalizer.ForMatching(string.Join(' ', w.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            if (key.Length > 0) _words.Add(key);
            MaxSyllables = Math.Max(MaxSyllables, key.Count(c => c == ' ') + 1);
        }
        _syllables = new(() => new HashSet<string>(_words.SelectMany(w => w.Split(' ')), StringComparer.Ordinal));
    }

    /// <summary>The lexicon shipped in <c>models/lexicon/vi-words.txt</c>.</summary>
    public static Lexicon Default => DefaultLexicon.Value;

    private static readonly Lazy<Lexicon> DefaultLexicon = new(() => new Lexicon(ResourceData.ReadLines("Models.lexicon.vi-words.txt")));

    /// <summary>The number of words.</summary>
    public int Count => _words.Count;

    /// <summary>The longest word, in syllables.</summary>
    public int MaxSyllables { get; }

    /// <summary>True when <paramref name="matchKey"/> (in <see cref="TextNormalizer.ForMatching"/> form, syllables separated by single spaces) is a word.</summary>
    public bool Contains(string matchKey) => _words.Contains(matchKey);

    /// <summary>True when <paramref name="matchKey"/> (one syllable, in match form) is a syllable of some word: a Vietnamese syllable.</summary>
    internal bool ContainsSyllable(string matchKey) => _syllables.Value.Contains(matchKey);
}
