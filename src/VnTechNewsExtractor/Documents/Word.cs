namespace VnTechNewsExtractor.Documents;

/// <summary>A word: one or more consecutive tokens ("Việt Nam", "đầu tư") seen as one unit.</summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="FirstToken">Index of the first token in <see cref="Document.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens (syllables) in the word.</param>
public readonly record struct Word(int Start, int End, int FirstToken, int TokenCount);
