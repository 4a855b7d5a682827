using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// Groups a text's tokens into words. The built-in <see cref="PerceptronWordSegmenter"/> (the default) and the
/// simpler <see cref="LexiconWordSegmenter"/> implement it; other backends (such as VnCoreNLP) may replace it
/// through <see cref="ArticleAnalyzerOptions.WordSegmenter"/>. A backend with its own tokenisation maps its words
/// back onto these tokens: a word is a run of consecutive tokens.
/// </summary>
/// <remarks>Implementations must be thread-safe: one instance serves every article of a batch.</remarks>
public interface IWordSegmenter
{
    /// <summary>
    /// The words of <paramref name="text"/>, in order, covering every token exactly once. Each word is a run of
    /// consecutive tokens of <paramref name="tokens"/>.
    /// </summary>
    IReadOnlyList<Word> Segment(string text, IReadOnlyList<Token> tokens);
}
