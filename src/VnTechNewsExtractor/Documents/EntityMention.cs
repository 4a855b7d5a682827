namespace VnTechNewsExtractor.Documents;

/// <summary>A named entity found by an <see cref="Text.IEntityRecognizer"/>: a labelled view of <c>[Start, End)</c> of the text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Label">The entity type, usually one of <see cref="Text.EntityLabels"/> ("ORG", "PER", "LOC", "MISC").</param>
/// <param name="Confidence">The backend's confidence in [0, 1], or null when it gives none.</param>
public readonly record struct EntityMention(int Start, int End, string Label, double? Confidence = null)
{
    /// <summary>The span covered.</summary>
    public TextSpan Span => new(Start, End);
}
