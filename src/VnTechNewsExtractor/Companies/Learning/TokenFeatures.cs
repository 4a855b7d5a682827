using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies.Learning;

/// <summary>
/// The features of each token for the <see cref="CompanyTagger"/>, as 64-bit hashes: the token and its neighbours
/// (lower-cased), their shapes, the dictionary word the token belongs to, the position in the sentence, and what the
/// hand rules said of the token's span (company with its kind of evidence, unclaimed name, person). The features of
/// the previous decision are added while decoding (<see cref="WithPrevious"/>).
/// </summary>
internal static class TokenFeatures
{
    private const ulong Boundary = 0x5D588B656C078965UL;

    /// <summary>The static features of every token of <paramref name="doc"/>.</summary>
    public static ulong[][] Of(Document doc, TaggerEvidence evidence)
    {
        var tokens = doc.Tokens;
        var match = doc.MatchText;
        var text = doc.Text;
        int n = tokens.Count;
        var words = new ulong[n + 4];
        var shapes = new ulong[n + 4];
        for (int i = 0; i < n; i++)
        {
            words[i + 2] = SyllableHash.Of(match.AsSpan(tokens[i].Start, tokens[i].Length));
            shapes[i + 2] = Shape(text.AsSpan(tokens[i].Start, tokens[i].Length), tokens[i].Kind);
        }
        words[0] = words[1] = words[n + 2] = words[n + 3] = Boundary;
        shapes[0] = shapes[1] = shapes[n + 2] = shapes[n + 3] = Boundary;

        var rule = Layer(doc, evidence.Companies.Select(m => (m.Span, 10 + (int)m.Source)));
        var candidate = Layer(doc, evidence.Candidates.Select(m => (m.Span, 1)));
        var person = Layer(doc, evidence.People.Select(p => (p.Span, 2)));
        var word = new ulong[n];
        var wordPosition = new byte[n];
        foreach (var w in doc.Words)
        {
            if (w.TokenCount < 2) continue;
            var h = SyllableHash.Of(match.AsSpan(w.Start, w.End - w.Start));
            for (int t = w.FirstToken; t < w.FirstToken + w.TokenCount && t < n; t++)
            {
                word[t] = h;
                wordPosition[t] = (byte)(t == w.FirstToken ? 1 : 2);
            }
        }
        var sentenceStart = new bool[n];
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            while (s < doc.Sentences.Count && doc.Sentences[s].End <= tokens[i].Start) s++;
            sentenceStart[i] = s < doc.Sentences.Count && (i == 0 || tokens[i - 1].End <= doc.Sentences[s].Start);
        }

        var features = new ulong[n][];
        var list = new List<ulong>(40);
        for (int i = 0; i < n; i++)
        {
            list.Clear();
            int k = i + 2;
            ulong w0 = words[k], sh0 = shapes[k];
            Add(list, 1, 0);
            Add(list, 2, w0);
            Add(list, 3, words[k - 1]);
            Add(list, 4, words[k + 1]);
            Add(list, 5, words[k - 2]);
            Add(list, 6, words[k + 2]);
            Add(list, 7, words[k - 1], w0);
            Add(list, 8, w0, words[k + 1]);
            Add(list, 9, words[k - 2], words[k - 1]);
            Add(list, 10, sh0);
            Add(list, 11, shapes[k - 1], sh0);
            Add(list, 12, sh0, shapes[k + 1]);
            Add(list, 13, shapes[k - 1], sh0, shapes[k + 1]);
            Add(list, 14, words[k - 1], sh0);
            Add(list, 15, sh0, words[k + 1]);
            Add(list, 16, (ulong)rule[i]);
            Add(list, 17, (ulong)rule[i], sh0);
            Add(list, 18, (ulong)(i > 0 ? rule[i - 1] : 0), (ulong)rule[i]);
            Add(list, 19, (ulong)rule[i], (ulong)(i + 1 < n ? rule[i + 1] : 0));
            Add(list, 20, (ulong)candidate[i], sh0);
            Add(list, 21, (ulong)person[i], sh0);
            Add(list, 22, word[i], wordPosition[i]);
            Add(list, 23, wordPosition[i], sh0);
            Add(list, 24, sentenceStart[i] ? 1UL : 0UL, sh0);
            Add(list, 25, sentenceStart[i] ? 1UL : 0UL, w0);
            Add(list, 26, (ulong)rule[i], w0);
            features[i] = list.ToArray();
        }
        return features;
    }

    /// <summary>The features of the previous token's tag, combined with the token's own word and shape.</summary>
    public static void WithPrevious(List<ulong> into, NameTag previous, NameTag beforePrevious, ulong[] own)
    {
        // own[1] is the word feature and own[9] the shape feature (see the order above).
        into.Add(Key(40, (ulong)previous + 1, 0, 0));
        into.Add(Key(41, (ulong)previous + 1, own[1], 0));
        into.Add(Key(42, (ulong)previous + 1, own[9], 0));
        into.Add(Key(43, (ulong)previous + 1, (ulong)beforePrevious + 1, 0));
    }

    /// <summary>Per token, a code for the mention of <paramref name="spans"/> that covers it: code*2 for its first token, code*2+1 after, 0 outside.</summary>
    private static int[] Layer(Document doc, IEnumerable<(TextSpan Span, int Code)> spans)
    {
        var tokens = doc.Tokens;
        var layer = new int[tokens.Count];
        foreach (var (span, code) in spans)
        {
            bool first = true;
            for (int t = FirstTokenAt(tokens, span.Start); t < tokens.Count && tokens[t].Start < span.End; t++)
            {
                if (tokens[t].End <= span.Start) continue;
                if (layer[t] == 0) layer[t] = code * 2 + (first ? 0 : 1);
                first = false;
            }
        }
        return layer;
    }

    /// <summary>The index of the first token ending after <paramref name="offset"/>.</summary>
    internal static int FirstTokenAt(IReadOnlyList<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>A coarse shape: kind, case pattern and length class ("Xx", "X", "XX", "x", "d", "Xd" ...).</summary>
    private static ulong Shape(ReadOnlySpan<char> token, TokenKind kind)
    {
        ulong h = 1469598103934665603UL ^ (ulong)kind;
        char last = '\0';
        int run = 0;
        foreach (var c in token)
        {
            char cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (cls == last && ++run > 1) continue;
            if (cls != last) run = 0;
            h = (h ^ cls) * 1099511628211UL;
            last = cls;
        }
        bool latin = true;
        foreach (var c in token) if (c > 0x7F) { latin = false; break; }
        h = (h ^ (latin ? 1UL : 2UL)) * 1099511628211UL;
        return h ^ (ulong)Math.Min(token.Length, 6) << 56;
    }

    private static void Add(List<ulong> list, int template, ulong a, ulong b = 0, ulong c = 0) => list.Add(Key(template, a, b, c));

    private static ulong Key(int template, ulong a, ulong b, ulong c)
    {
        ulong h = SyllableHash.Combine(SyllableHash.Seed + (ulong)template, a);
        h = SyllableHash.Combine(h, b);
        h = SyllableHash.Combine(h, c);
        return h == 0 ? 1 : h;
    }
}
