using System.Text;
using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>The conventional written form of a word segmentation: syllables of a word joined by '_', words separated by single spaces.</summary>
public static class SegmentedText
{
    /// <summary>Segments <paramref name="text"/> and writes it as "Công_ty Cổ_phần Sữa Việt_Nam ( Vinamilk ) ...".</summary>
    public static string Format(string text, IWordSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segmenter);
        // Decomposed input (combining tone marks) would hide every syllable from the lexicons; the written form
        // carries no offsets, so composing it is safe.
        text = TextNormalizer.ToNfc(text);
        var tokens = Tokenizer.Tokenize(text);
        var words = segmenter.Segment(text, tokens);
        var sb = new StringBuilder(text.Length + 16);
        foreach (var word in words)
        {
            if (sb.Length > 0) sb.Append(' ');
            for (int t = word.FirstToken; t < word.FirstToken + word.TokenCount; t++)
            {
                if (t > word.FirstToken) sb.Append('_');
                var token = tokens[t];
                // A token never holds a space, except a URL cut from odd input: keep the output one token per word.
                sb.Append(text.AsSpan(token.Start, token.Length)).Replace(' ', '_', sb.Length - token.Length, token.Length);
            }
        }
        return sb.ToString();
    }
}
