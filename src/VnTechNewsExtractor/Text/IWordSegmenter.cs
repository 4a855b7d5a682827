using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// Groups a text's tokens into words. The built-in <see cref="LexiconWordSegmenter"/> implements it; other
/// backends (such as VnCoreNLP) may replace it.
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
