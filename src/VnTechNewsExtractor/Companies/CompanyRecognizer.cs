using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies;

/// <summary>
/// Finds the business organisations of a document from four kinds of evidence: the gazetteer, a designator
/// before a capitalised name (công ty, tập đoàn, startup, quỹ ...), the shape of a name (CamelCase, a final
/// AI / Capital / Group ...), and coordination with a known company ("Mistral, Figure và Humane"). Names that
/// are people, places, products, shows or government bodies are rejected. Every later occurrence of a found
/// name is a mention too.
/// </summary>
public sealed class CompanyRecognizer
{
    private readonly CompanyGazetteer _gazetteer;
    private readonly CompanyVocabulary _vocabulary = CompanyVocabulary.Default;

    /// <summary>Creates a recognizer over <paramref name="gazetteer"/> (the shipped one when null).</summary>
    public CompanyRecognizer(CompanyGazetteer? gazetteer = null) => _gazetteer = gazetteer ?? CompanyGazetteer.Default;

    /// <summary>The company mentions of <paramref name="doc"/>, in reading order; needs its tokens.</summary>
    public IReadOnlyList<CompanyMention> Recognize(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var found = new List<CompanyMention>();
        AddGazetteerMentions(doc, found);
        var chunks = NameChunks(doc);
        AddDesignatedNames(doc, chunks, found);
        AddNameShapes(doc, chunks, found);
        AddCoordinated(doc, chunks, found);
        AddRepeats(doc, found);
        return Resolve(found);
    }

    private void AddGazetteerMentions(Document doc, List<CompanyMention> found)
    {
        var text = doc.Text;
        var match = doc.MatchText;
        foreach (var (surface, entry) in _gazetteer.Surfaces)
        {
            var key = TextNormalizer.ForMatching(surface);
            int from = 0;
            while ((from = match.IndexOf(key, from, StringComparison.Ordinal)) >= 0)
            {
                int end = from + key.Length;
                bool bounded = (from == 0 || !char.IsLetterOrDigit(text[from - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                // Case tells "Sea" from "sea", "Meta" from "meta": the first letter must be written as the name writes it.
                if (bounded && text[from] == surface[0] || bounded && char.IsUpper(text[from]) && char.IsUpper(surface[0]) && char.ToLowerInvariant(surface[0]) == char.ToLowerInvariant(text[from]))
                    found.Add(new CompanyMention(new TextSpan(from, end), "g:" + entry.Name, entry.Name, CompanyEvidence.Gazetteer));
                from = end;
            }
        }
    }

    /// <summary>Maximal runs of capitalised tokens joined by single spaces (or '&amp;', '-', '.').</summary>
    private static List<NameChunk> NameChunks(Document doc)
    {
        var chunks = new List<NameChunk>();
        var tokens = doc.Tokens;
        var text = doc.Text;
        int i = 0;
        while (i < tokens.Count)
        {
            if (!IsCapitalised(text, tokens[i])) { i++; continue; }
            int j = i + 1;
            while (j < tokens.Count && tokens[j].Start == tokens[j - 1].End + 1 && text[tokens[j - 1].End] == ' '
                   && (IsCapitalised(text, tokens[j]) || tokens[j].Kind == TokenKind.Number && IsCapitalised(text, tokens[j - 1])))
                j++;
            chunks.Add(new NameChunk(i, j - i, tokens[i].Start, tokens[j - 1].End));
            i = j;
        }
        return chunks;
    }

    private static bool IsCapitalised(string text, Token t) =>
        t.Kind is TokenKind.Syllable or TokenKind.LatinWord or TokenKind.Abbreviation && (char.IsUpper(text[t.Start]) || HasUpper(text.AsSpan(t.Start, t.Length)));

    private static bool HasUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsUpper(c)) return true;
        return false;
    }

    private void AddDesignatedNames(Document doc, List<NameChunk> chunks, List<CompanyMention> found)
    {
        var match = doc.MatchText;
        var text = doc.Text;
        foreach (var chunk in chunks)
        {
            // The designator ends at most three lower-case words before the name: "startup AI Anthropic", "công ty thương mại điện tử Tiki".
            int k = chunk.Start - 1;
            bool designated = false;
            for (int skipped = 0; skipped <= 3 && k > 0 && !designated; skipped++)
            {
                while (k > 0 && match[k] == ' ') k--;
                foreach (var d in _vocabulary.Designators)
                {
                    int s = k + 1 - d.Length;
                    if (s >= 0 && string.CompareOrdinal(match, s, d, 0, d.Length) == 0 && (s == 0 || !char.IsLetter(match[s - 1])))
                    {
                        designated = true;
                        break;
                    }
                }
                if (designated) break;
                int w = k;
                while (w >= 0 && char.IsLetter(match[w])) w--;
                if (w == k || char.IsUpper(text[w + 1]) && skipped > 0) break; // not a lower-case word: stop looking
                k = w;
            }
            if (!designated) continue;
            if (TrimName(doc, chunk) is { } name && Acceptable(doc, name))
                found.Add(Mention(doc, name, CompanyEvidence.Designator));
        }
    }

    private void AddNameShapes(Document doc, List<NameChunk> chunks, List<CompanyMention> found)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        foreach (var chunk in chunks)
        {
            if (TrimName(doc, chunk) is not { } name) continue;
            bool camel = false;
            for (int t = name.FirstToken; t < name.FirstToken + name.Count; t++)
                camel |= IsCamelCase(text.AsSpan(tokens[t].Start, tokens[t].Length));
            var last = tokens[name.FirstToken + name.Count - 1];
            bool suffixed = name.Count >= 2 && _vocabulary.NameSuffixes.Contains(text.Substring(last.Start, last.Length)) && IsLatin(text, name.Span);
            if ((camel || suffixed) && Acceptable(doc, name))
                found.Add(Mention(doc, name, CompanyEvidence.NameShape));
        }
    }

    /// <summary>In "A, B và C" where one member is a company, the other capitalised members are companies too.</summary>
    private void AddCoordinated(Document doc, List<NameChunk> chunks, List<CompanyMention> found)
    {
        var match = doc.MatchText;
        for (int round = 0; round < 3; round++)
        {
            bool added = false;
            for (int c = 0; c < chunks.Count; c++)
            {
                if (TrimName(doc, chunks[c]) is not { } name || IsKnown(found, name.Span) || !Acceptable(doc, name)) continue;
                bool linked = (c > 0 && Coordinated(match, chunks[c - 1].End, chunks[c].Start) && IsKnown(found, chunks[c - 1].Span))
                              || (c + 1 < chunks.Count && Coordinated(match, chunks[c].End, chunks[c + 1].Start) && IsKnown(found, chunks[c + 1].Span));
                if (!linked) continue;
                found.Add(Mention(doc, name, CompanyEvidence.NameShape));
                added = true;
            }
            if (!added) break;
        }
    }

    private static bool Coordinated(string match, int end, int start)
    {
        var between = match.AsSpan(end, start - end).Trim();
        return between is "," or "và" or "hoặc" or ", và" or "cùng" or "&";
    }

    private static bool IsKnown(List<CompanyMention> found, TextSpan span) => found.Any(m => m.Span == span || span.Contains(m.Span) && m.Span.Start == span.Start);

    private void AddRepeats(Document doc, List<CompanyMention> found)
    {
        var text = doc.Text;
        var names = found.Where(m => m.Source != CompanyEvidence.Gazetteer)
            .Select(m => (Surface: text[m.Span.Start..m.Span.End], m.Key, m.Name)).Distinct().ToList();
        foreach (var (surface, key, canonical) in names)
        {
            int from = 0;
            while ((from = text.IndexOf(surface, from, StringComparison.Ordinal)) >= 0)
            {
                int end = from + surface.Length;
                if ((from == 0 || !char.IsLetterOrDigit(text[from - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                    found.Add(new CompanyMention(new TextSpan(from, end), key, canonical, CompanyEvidence.Repeat));
                from = end;
            }
        }
    }

    /// <summary>Drops leading generic words ("AI Anthropic" → "Anthropic") and trailing place words.</summary>
    private NameChunk? TrimName(Document doc, NameChunk chunk)
    {
        var tokens = doc.Tokens;
        int first = chunk.FirstToken, count = chunk.Count;
        while (count > 1 && _vocabulary.NotCompanies.Contains(doc.MatchText.Substring(tokens[first].Start, tokens[first].Length)))
        {
            first++;
            count--;
        }
        if (count == 0) return null;
        return new NameChunk(first, count, tokens[first].Start, tokens[first + count - 1].End);
    }

    private bool Acceptable(Document doc, NameChunk name)
    {
        var match = doc.MatchText;
        var lower = match.Substring(name.Start, name.End - name.Start);
        if (_vocabulary.NotCompanies.Contains(lower)) return false;
        if (name.End - name.Start < 2) return false;
        // A person: "ông Nguyễn Văn A", "CEO Sam Altman", "Shark Hưng".
        int k = name.Start - 1;
        while (k > 0 && match[k] == ' ') k--;
        foreach (var title in _vocabulary.PersonTitles)
        {
            int s = k + 1 - title.Length;
            if (s >= 0 && string.CompareOrdinal(match, s, title, 0, title.Length) == 0 && (s == 0 || !char.IsLetter(match[s - 1])))
                return false;
        }
        return true;
    }

    private CompanyMention Mention(Document doc, NameChunk name, CompanyEvidence evidence)
    {
        var surface = doc.Text[name.Start..name.End];
        var entry = _gazetteer.Find(surface);
        return entry is not null
            ? new CompanyMention(name.Span, "g:" + entry.Name, entry.Name, evidence)
            : new CompanyMention(name.Span, "n:" + TextNormalizer.ForMatching(surface), surface, evidence);
    }

    private static bool IsCamelCase(ReadOnlySpan<char> s)
    {
        for (int i = 1; i < s.Length; i++)
            if (char.IsUpper(s[i]) && char.IsLower(s[i - 1])) return true;
        return false;
    }

    private static bool IsLatin(string text, TextSpan span)
    {
        foreach (var c in text.AsSpan(span.Start, span.Length))
            if (c > 0x7F) return false;
        return true;
    }

    /// <summary>Keeps the longest of overlapping mentions and orders them by position.</summary>
    private static List<CompanyMention> Resolve(List<CompanyMention> found)
    {
        var ordered = found.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ThenBy(m => m.Source).ToList();
        var kept = new List<CompanyMention>(ordered.Count);
        foreach (var m in ordered)
        {
            if (kept.Count > 0 && kept[^1].Span.Overlaps(m.Span))
            {
                if (m.Span.Length > kept[^1].Span.Length) kept[^1] = m;
                continue;
            }
            kept.Add(m);
        }
        return kept;
    }
}
