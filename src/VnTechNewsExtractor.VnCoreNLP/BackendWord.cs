namespace VnTechNewsExtractor.VnCoreNLP;

/// <summary>One of VnCoreNLP's words placed on the article's text: <c>[Start, End)</c>, or Start = -1 when it could not be placed.</summary>
/// <param name="Start">Offset of the first character, -1 when the word was not found in the text.</param>
/// <param name="End">Offset one past the last character.</param>
/// <param name="Ner">Its NER label in BIO form ("B-ORG", "I-ORG", "O").</param>
internal readonly record struct BackendWord(int Start, int End, string Ner)
{
    public bool Placed => Start >= 0;
}
