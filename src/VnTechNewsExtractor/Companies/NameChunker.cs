using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies;

/// <summary>
/// Finds the runs of capitalised tokens that may be names. A lower-case syllable stays inside a run when it
/// completes a dictionary word begun by the capitalised one before it and the run goes on after it
/// ("Thức ăn Chăn nuôi Việt Thắng", "Ngân hàng Bình Minh"). Capitalised function words that open a sentence
/// ("Theo", "Ngoài") and capitalised common words ("Công" in "Công ty đã ...") are left out.
/// </summary>
internal sealed class NameChunker(CompanyVocabulary vocabulary, Lexicon lexicon)
{
    public List<NameChunk> Chunk(Document doc)
    {
        var chunks = new List<NameChunk>();
        var tokens = doc.Tokens;
        var text = doc.Text;
        var match = doc.MatchText;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsNameToken(text, match, tokens[i])) { i++; continue; }
            int j = i + 1;
            while (j < tokens.Count && Adjacent(text, tokens[j - 1], tokens[j]))
            {
                if (IsNameToken(text, match, tokens[j])) { j++; continue; }
                if (j + 1 < tokens.Count && CompletesWord(match, tokens[j - 1], tokens[j]) && Adjacent(text, tokens[j], tokens[j + 1]) && IsNameToken(text, match, tokens[j + 1]))
                {
                    j += 2;
                    continue;
                }
                break;
            }
            int first = i, last = j - 1;
            while (first < last && tokens[first].Kind == TokenKind.Syllable && vocabulary.LeadingWords.Contains(Lower(match, tokens[first]))
                   && IsNameToken(text, match, tokens[first + 1]))
                first++;
            if (first == last && vocabulary.LeadingWords.Contains(Lower(match, tokens[first]))) first++;
            // "Dự kiến WeFit ...": a common word capitalised only because it opens the sentence.
            if (first + 1 < last && IsClauseStart(text, tokens[first].Start) && tokens[first + 1].Kind == TokenKind.Syllable
                && !char.IsUpper(text[tokens[first + 1].Start]) && CompletesWord(match, tokens[first], tokens[first + 1]) && !IsNameOpening(match, tokens[first].Start))
                first += 2;
            // "Công" of "Công ty đã ...": a capitalised syllable that begins a common word with the next one.
            if (first <= last && last + 1 < tokens.Count && tokens[last].Kind == TokenKind.Syllable && Adjacent(text, tokens[last], tokens[last + 1])
                && tokens[last + 1].Kind == TokenKind.Syllable && !char.IsUpper(text[tokens[last + 1].Start]) && CompletesWord(match, tokens[last], tokens[last + 1]))
                last--;
            if (first <= last) chunks.Add(new NameChunk(first, last - first + 1, tokens[first].Start, tokens[last].End));
            i = j;
        }
        return chunks;
    }

    /// <summary>A capitalised syllable, a Latin word or acronym, but not a legal form such as TNHH.</summary>
    private bool IsNameToken(string text, string match, Token t)
    {
        if (t.Kind is not (TokenKind.Syllable or TokenKind.LatinWord or TokenKind.Abbreviation)) return false;
        bool upper = char.IsUpper(text[t.Start]);
        if (!upper)
        {
            for (int k = t.Start + 1; k < t.End && !upper; k++) upper = char.IsUpper(text[k]); // iPhone, eBay, xAI
        }
        return upper && !vocabulary.IsLegalFormToken(Lower(match, t));
    }

    private bool CompletesWord(string match, Token capital, Token lower) =>
        lexicon.Contains(string.Concat(match.AsSpan(capital.Start, capital.Length), " ", match.AsSpan(lower.Start, lower.Length)));

    private static bool IsClauseStart(string text, int pos)
    {
        int k = pos - 1;
        while (k >= 0 && text[k] == ' ') k--;
        return k < 0 || text[k] is '.' or '!' or '?' or '\n' or ':' or '"' or '“' or '(' or '-' or '–';
    }

    /// <summary>Designators and sector words do open names ("Ngân hàng Bình Minh", "Thức ăn Chăn nuôi Việt Thắng").</summary>
    private bool IsNameOpening(string match, int pos)
    {
        foreach (var w in vocabulary.Designators)
            if (string.CompareOrdinal(match, pos, w, 0, w.Length) == 0) return true;
        foreach (var w in vocabulary.SectorWords)
            if (string.CompareOrdinal(match, pos, w, 0, w.Length) == 0) return true;
        return false;
    }

    private static bool Adjacent(string text, Token a, Token b) => b.Start == a.End + 1 && text[a.End] == ' ';

    internal static string Lower(string match, Token t) => match.Substring(t.Start, t.Length);
}
