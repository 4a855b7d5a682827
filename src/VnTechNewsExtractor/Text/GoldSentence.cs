namespace VnTechNewsExtractor.Text;

/// <summary>A sentence of a word-segmented gold corpus: its plain text and the span of every gold word in it.</summary>
/// <param name="Text">The sentence with the syllables of each word separated by spaces.</param>
/// <param name="Words">The gold words (punctuation included) as spans of <paramref name="Text"/>.</param>
public sealed record GoldSentence(string Text, IReadOnlyList<TextSpan> Words);
