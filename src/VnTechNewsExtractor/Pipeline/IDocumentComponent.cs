using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Pipeline;

/// <summary>One step of the analysis pipeline: adds one layer to a <see cref="Document"/>.</summary>
/// <remarks>Components are shared by every article of a batch and must be thread-safe.</remarks>
internal interface IDocumentComponent
{
    /// <summary>Adds this component's layer to <paramref name="document"/>.</summary>
    void Process(Document document);
}
