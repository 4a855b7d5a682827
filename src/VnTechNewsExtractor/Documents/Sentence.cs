namespace VnTechNewsExtractor.Documents;

/// <summary>A sentence: a view of <c>[Start, End)</c> of its document's text.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Paragraph">Index of the paragraph (title = 0) the sentence belongs to.</param>
public readonly record struct Sentence(int Start, int End, int Paragraph)
{
    /// <summary>The span covered.</summary>
    public TextSpan Span => new(Start, End);

    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}
