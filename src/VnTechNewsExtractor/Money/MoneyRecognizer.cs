using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Money;

/// <summary>Finds and resolves every money amount in a text: "2,75 tỷ USD" → 2 750 000 000 USD.</summary>
/// <remarks>Thread-safe; build one and share it.</remarks>
public sealed class MoneyRecognizer
{
    private readonly MoneyExtractor _extractor;
    private readonly MoneyParser _parser;

    /// <summary>Creates a recognizer with the shipped Vietnamese money vocabulary.</summary>
    public MoneyRecognizer()
    {
        var lexicon = MoneyLexicon.Default;
        _extractor = new MoneyExtractor(lexicon);
        _parser = new MoneyParser(lexicon);
    }

    /// <summary>The money amounts in <paramref name="text"/>, in order; offsets index <paramref name="text"/>.</summary>
    public IReadOnlyList<MoneyAmount> Recognize(string text) => Recognize(text, TextNormalizer.ForMatching(text));

    internal IReadOnlyList<MoneyAmount> Recognize(string text, string matchText)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<MoneyAmount>();
        foreach (var candidate in _extractor.Extract(matchText))
        {
            if (_parser.Parse(text, candidate) is { } amount) found.Add(amount);
        }
        return found;
    }
}
