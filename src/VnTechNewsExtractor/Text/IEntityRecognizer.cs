using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// A named-entity backend (such as VnCoreNLP's NER) that labels spans of a document's text as organisations,
/// people, places. The built-in pipeline has none: companies come from the company recognizer. When one is set
/// in <see cref="ArticleAnalyzerOptions.EntityRecognizer"/>, its entities fill <see cref="Document.Entities"/>
/// after sentences, tokens and words, for later components to use as evidence.
/// </summary>
/// <remarks>Implementations must be thread-safe: one instance serves every article of a batch.</remarks>
public interface IEntityRecognizer
{
    /// <summary>
    /// The entities of <paramref name="document"/> in reading order, as spans of <see cref="Document.Text"/>.
    /// The document's sentences, tokens and words are already set; labels are those of <see cref="EntityLabels"/>
    /// where they apply.
    /// </summary>
    IReadOnlyList<EntityMention> Recognize(Document document);
}
