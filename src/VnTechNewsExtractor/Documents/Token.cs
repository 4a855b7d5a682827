namespace VnTechNewsExtractor.Documents;

/// <summary>A token: a view of <c>[Start, End)</c> of its document's text with its kind.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Kind">What the token is.</param>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}
