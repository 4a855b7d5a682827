using System.Text;
using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// Word segmentation by longest dictionary match over runs of syllables, with runs of capitalised syllables
/// that the dictionary leaves single joined into one proper name (Nguyễn Xuân Phúc). The first built-in
/// segmenter, kept as a baseline: <see cref="PerceptronWordSegmenter"/> is the default.
/// </summary>
public sealed class LexiconWordSegmenter : IWordSegmenter
{
    private readonly Lexicon _lexicon;

    /// <summary>Creates a segmenter over <paramref name="lexicon"/> (the shipped one when null).</summary>
    public LexiconWordSegmenter(Lexicon? lexicon = null) => _lexicon = lexicon ?? Lexicon.Default;

    /// <inheritdoc />
    public IReadOnlyList<Word> Segment(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var match = TextNormalizer.ForMatching(text);
        var words = new List<Word>(tokens.Count);
        var key = new StringBuilder(32);
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Syllable)
            {
                words.Add(new Word(tokens[i].Start, tokens[i].End, i, 1));
                i++;
                continue;
            }
            int best = 1;
            key.Clear().Append(match, tokens[i].Start, tokens[i].Length);
            for (int n = 2; n <= _lexicon.MaxSyllables && i + n - 1 < tokens.Count; n++)
            {
                var next = tokens[i + n - 1];
                var prev = tokens[i + n - 2];
                if (next.Kind != TokenKind.Syllable || !IsSingleSpace(text, prev.End, next.Start)) break;
                key.Append(' ').Append(match, next.Start, next.Length);
                if (_lexicon.Contains(key.ToString())) best = n;
            }
            if (best == 1 && IsCapitalised(text, tokens[i]))
                best = ProperNameLength(text, tokens, i);
            words.Add(new Word(tokens[i].Start, tokens[i + best - 1].End, i, best));
            i += best;
        }
        return words;
    }

    private int ProperNameLength(string text, IReadOnlyList<Token> tokens, int i)
    {
        int n = 1;
        while (i + n < tokens.Count)
        {
            var next = tokens[i + n];
            if (next.Kind != TokenKind.Syllable || !IsCapitalised(text, next) || !IsSingleSpace(text, tokens[i + n - 1].End, next.Start)) break;
            n++;
        }
        return n;
    }

    private static bool IsCapitalised(string text, Token t) => char.IsUpper(text[t.Start]);

    private static bool IsSingleSpace(string text, int end, int start) => start == end + 1 && text[end] == ' ';
}
