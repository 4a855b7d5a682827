using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Money;

/// <summary>Finds and resolves every money amount in a text: "2,75 tỷ USD" → 2 750 000 000 USD.</summary>
/// <remarks>Thread-safe; build one and share it.</remarks>
public sealed class MoneyRecognizer
{

    private readonly MoneyExtractor _extractor = new(MoneyLexicon.Default);

    /// <summary>Creates a recognizer with the shipped Vietnamese money vocabulary.</summary>
    public MoneyRecognizer()
    {
    }

    /// <summary>
    /// The money amounts in <paramref name="text"/>, in order; offsets index <paramref name="text"/>. Amounts
    /// without a currency word ("15 tỷ") are left out: a single line does not say which currency they are in.
    /// </summary>
    /// <remarks>Text with decomposed accents (NFD) gives what its composed form gives, offsets indexing <paramref name="text"/>.</remarks>
    public IReadOnlyList<MoneyAmount> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RecognizeComposed(text, resolveBare: false);
    }

    /// <summary>
    /// The money amounts of a whole article, in order: as <see cref="Recognize(string)"/>, and amounts without a
    /// currency word ("15 tỷ" in an article about đồng) take the currency most of the article's amounts are in.
    /// </summary>
    /// <remarks>Text with decomposed accents (NFD) gives what its composed form gives, offsets indexing <paramref name="text"/>.</remarks>
    public IReadOnlyList<MoneyAmount> RecognizeArticle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return RecognizeComposed(text, resolveBare: true);
    }

    /// <summary>Reads the composed form of <paramref name="text"/> and maps the amounts back onto <paramref name="text"/>.</summary>
    private IReadOnlyList<MoneyAmount> RecognizeComposed(string text, bool resolveBare)
    {
        var composed = ComposedText.Of(text);
        var found = Recognize(composed.Text, TextNormalizer.ForMatching(composed.Text), resolveBare);
        if (!composed.Changed) return found;
        return found.Select(a =>
        {
            int start = composed.ToOriginal(a.Start), end = composed.ToOriginal(a.End);
            return a with { Text = text[start..end], Start = start, End = end };
        }).ToList();
    }

    internal IReadOnlyList<MoneyAmount> Recognize(string text, string matchText, bool resolveBare = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matchText);
        var candidates = _extractor.Extract(matchText, text.Length == matchText.Length ? text : null);
        string? articleCurrency = resolveBare ? ArticleCurrency(candidates) : null;
        var found = new List<MoneyAmount>(candidates.Count);
        for (int i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            string? currency = articleCurrency;
            if (candidate.Currency is null)
            {
                // "tăng từ 2,5 tỷ lên 3 tỷ USD": an amount linked to one with a currency is in that currency
                var linked = LinkedCurrency(matchText, candidates, i);
                if (linked is not null) currency = linked;
                else if (candidate.NeedsLink || !resolveBare) continue;
            }
            if (MoneyParser.Parse(text, candidate, currency) is { } amount) found.Add(amount);
        }
        return found;
    }

    private string? LinkedCurrency(string matchText, List<MoneyCandidate> candidates, int i)
    {
        var c = candidates[i];
        if (i + 1 < candidates.Count && candidates[i + 1].Currency is { } next && _extractor.IsLink(matchText, c.End, candidates[i + 1].Start)) return next;
        if (i > 0 && candidates[i - 1].Currency is { } previous && _extractor.IsLink(matchText, candidates[i - 1].End, c.Start)) return previous;
        return null;
    }

    /// <summary>
    /// The currency of the article's bare amounts: đồng whenever the article writes any amount in đồng (Vietnamese
    /// drops "đồng" after "tỷ" and "triệu", never "USD"), otherwise the one currency it writes, otherwise none.
    /// </summary>
    private static string? ArticleCurrency(List<MoneyCandidate> candidates)
    {
        string? only = null;
        foreach (var c in candidates)
        {
            if (c.Currency is not { } code || c.Lower.MinorOnly) continue;
            if (code == MoneyLexicon.LocalCurrency) return code;
            if (only is null) only = code;
            else if (only != code) return null;
        }
        return only;
    }
}
