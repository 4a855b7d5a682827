using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies.Learning;

/// <summary>
/// A learned tagger of company names: an averaged perceptron that tags each token B, I or O from its words, shapes
/// and context, and from what the hand rules said of it (a company with its kind of evidence, an unclaimed
/// capitalised name, a person), decoded greedily left to right. Trained by <c>vntech train</c> on the corpus'
/// train split and shipped as <c>models/companies/company-tagger.bin</c>. The rules propose, the tagger decides:
/// a rule's mention is kept only where the tagger tags it, and names no rule found are added.
/// </summary>
/// <remarks>Immutable after loading; thread-safe.</remarks>
public sealed class CompanyTagger
{
    private const string Magic = "VNCT1";
    private static readonly Lazy<CompanyTagger?> ShippedModel = new(LoadShipped);
    private readonly HashTable<TagWeights> _weights;

    internal CompanyTagger(HashTable<TagWeights> weights) => _weights = weights;

    /// <summary>The model shipped with the library, or null when it has none.</summary>
    public static CompanyTagger? Shipped => ShippedModel.Value;

    /// <summary>The number of weighted features.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream does not hold a tagger model.</exception>
    public static CompanyTagger Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadString() != Magic) throw new InvalidDataException("not a company tagger model");
        int count = reader.ReadInt32();
        var weights = new HashTable<TagWeights>(count);
        for (int i = 0; i < count; i++)
        {
            ulong key = reader.ReadUInt64();
            weights.GetOrAdd(key) = new TagWeights { O = reader.ReadSingle(), B = reader.ReadSingle(), I = reader.ReadSingle() };
        }
        return new CompanyTagger(weights);
    }

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var entries = _weights.Entries.OrderBy(e => e.Key).ToList();
        writer.Write(Magic);
        writer.Write(entries.Count);
        foreach (var (key, w) in entries)
        {
            writer.Write(key);
            writer.Write(w.O);
            writer.Write(w.B);
            writer.Write(w.I);
        }
    }

    /// <summary>The tags of <paramref name="doc"/>'s tokens.</summary>
    internal NameTag[] Tag(Document doc, TaggerEvidence evidence) => Decode(TokenFeatures.Of(doc, evidence), _weights);

    /// <summary>
    /// The company mentions of <paramref name="doc"/>: each tagged name, keyed as the rule mention it overlaps (so the
    /// rules' alias links hold) or by its own text; one key per surface.
    /// </summary>
    internal List<CompanyMention> Mentions(Document doc, TaggerEvidence evidence)
    {
        var tags = Tag(doc, evidence);
        var tokens = doc.Tokens;
        var text = doc.Text;
        var mentions = new List<CompanyMention>();
        var keyOfSurface = new Dictionary<string, (string Key, string Name)>(StringComparer.Ordinal);
        var words = WordBounds(doc);
        foreach (var tagged in TokenRuns(tags))
        {
            if (Repair(doc, words, evidence, tagged) is not var (first, last)) continue;
            var span = new TextSpan(tokens[first].Start, tokens[last].End);
            if (!Plausible(doc, span, evidence)) continue;
            var surface = text[span.Start..span.End];
            if (!keyOfSurface.TryGetValue(surface, out var id))
            {
                var rule = evidence.Companies.Where(m => m.Span.Overlaps(span)).MaxBy(m => Overlap(m.Span, span));
                id = rule is not null ? (rule.Key, rule.Name) : ("n:" + TextNormalizer.ForMatching(surface), surface);
                keyOfSurface[surface] = id;
            }
            var source = evidence.Companies.FirstOrDefault(m => m.Span.Overlaps(span))?.Source ?? CompanyEvidence.Context;
            mentions.Add(new CompanyMention(span, id.Key, id.Name, source));
        }
        return SameCompanies(WithKnownCompanies(mentions, evidence));
    }

    /// <summary>Names that differ only by a final "AI", "Group", "JSC" ... are one company ("Mây Xanh" and "Mây Xanh AI").</summary>
    private static List<CompanyMention> SameCompanies(List<CompanyMention> mentions)
    {
        var vocabulary = CompanyVocabulary.Default;
        var keyOfStem = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new List<CompanyMention>(mentions.Count);
        foreach (var m in mentions)
        {
            var words = TextNormalizer.ForMatching(m.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 1 && vocabulary.SameCompanySuffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
            var stem = string.Join(' ', words);
            if (keyOfStem.TryGetValue(stem, out var key) && key != m.Key) result.Add(m with { Key = key });
            else
            {
                keyOfStem.TryAdd(stem, m.Key);
                result.Add(m);
            }
        }
        return result;
    }

    /// <summary>
    /// The companies of the gazetteer, of a person's role ("CEO Luxstay Nguyễn Văn Dũng") and of a backend's NER that the
    /// user chose are kept where the tagger left them out (it learned from one source's articles and does not know every
    /// foreign name or construction), and
    /// a tagged run that swallowed such a company and a person ("Amazon Jeff Bezos") is cut back to the company.
    /// </summary>
    private static List<CompanyMention> WithKnownCompanies(List<CompanyMention> mentions, TaggerEvidence evidence)
    {
        var known = evidence.Companies.Where(m => m.Source is CompanyEvidence.Gazetteer or CompanyEvidence.Role or CompanyEvidence.Backend).ToList();
        if (known.Count == 0) return mentions;
        var result = new List<CompanyMention>(mentions.Count + known.Count);
        foreach (var m in mentions)
        {
            var inside = known.FirstOrDefault(k => k.Span.Start >= m.Span.Start && k.Span.End <= m.Span.End && k.Span != m.Span);
            if (inside is not null && evidence.People.Any(p => p.Span.Overlaps(m.Span))) result.Add(inside);
            else result.Add(m);
        }
        foreach (var k in known)
            if (!result.Any(m => m.Span.Overlaps(k.Span))) result.Add(k);
        return result.OrderBy(m => m.Span.Start).ToList();
    }

    /// <summary>The first and last token of each B I* run of <paramref name="tags"/>.</summary>
    internal static IEnumerable<(int First, int Last)> TokenRuns(NameTag[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != NameTag.B) continue;
            int last = i;
            while (last + 1 < tags.Length && tags[last + 1] == NameTag.I) last++;
            yield return (i, last);
            i = last;
        }
    }

    /// <summary>For each token, the first and last token of the dictionary word it belongs to.</summary>
    private static (int First, int Last)[] WordBounds(Document doc)
    {
        var bounds = new (int, int)[doc.Tokens.Count];
        for (int t = 0; t < bounds.Length; t++) bounds[t] = (t, t);
        foreach (var w in doc.Words)
            for (int t = w.FirstToken; t < w.FirstToken + w.TokenCount && t < bounds.Length; t++)
                bounds[t] = (w.FirstToken, Math.Min(w.FirstToken + w.TokenCount, bounds.Length) - 1);
        return bounds;
    }

    /// <summary>
    /// A run that cuts a dictionary word is mended: it takes in the rest of the word when that rest is capitalised
    /// ("Lương thực Vĩnh" + "Hà"), and leaves the word out when it is not (the "Ngân" of "Ngân hàng", the "nghiệp" of
    /// "Nông nghiệp"). A rule's name that the run cuts short by capitalised words ("Sao" + "Biển Logistics") is taken
    /// whole. A person is never taken in: a word the segmenter made of a name and a person ("Luxstay Nguyễn Văn Dũng")
    /// leaves the run as it is. Null when nothing is left.
    /// </summary>
    private static (int First, int Last)? Repair(Document doc, (int First, int Last)[] words, TaggerEvidence evidence, (int First, int Last) run)
    {
        var (first, last) = run;
        var tokens = doc.Tokens;
        var (wordFirst, _) = words[first];
        if (wordFirst < first)
        {
            if (!AllCapitalised(doc, wordFirst, first - 1)) first = words[first].Last + 1;
            else if (!IsPerson(doc, evidence, wordFirst, first - 1)) first = wordFirst;
        }
        if (first > last) return null;
        var (_, wordLast) = words[last];
        if (wordLast > last)
        {
            if (!AllCapitalised(doc, last + 1, wordLast)) last = words[last].First - 1;
            else if (!IsPerson(doc, evidence, last + 1, wordLast)) last = wordLast;
        }
        if (first > last) return null;
        var span = new TextSpan(tokens[first].Start, tokens[last].End);
        foreach (var rule in evidence.Companies)
        {
            if (!rule.Span.Overlaps(span)) continue;
            int ruleFirst = TokenFeatures.FirstTokenAt(tokens, rule.Span.Start), ruleLast = ruleFirst;
            while (ruleLast + 1 < tokens.Count && tokens[ruleLast + 1].End <= rule.Span.End) ruleLast++;
            if (ruleFirst < first && AllCapitalised(doc, ruleFirst, first - 1) && !IsPerson(doc, evidence, ruleFirst, first - 1)) first = ruleFirst;
            if (ruleLast > last && AllCapitalised(doc, last + 1, ruleLast) && !IsPerson(doc, evidence, last + 1, ruleLast)) last = ruleLast;
        }
        return (first, last);
    }

    private static bool IsPerson(Document doc, TaggerEvidence evidence, int from, int to)
    {
        var span = new TextSpan(doc.Tokens[from].Start, doc.Tokens[to].End);
        return evidence.People.Any(p => p.Span.Overlaps(span));
    }

    private static bool AllCapitalised(Document doc, int from, int to)
    {
        for (int t = from; t <= to; t++)
        {
            var token = doc.Tokens[t];
            if (!char.IsUpper(doc.Text[token.Start]) && !char.IsDigit(doc.Text[token.Start])) return false;
        }
        return true;
    }

    /// <summary>
    /// The rules' vetoes, kept as a filter after the tagger: no places, known non-companies (products, bodies, shows),
    /// family names, bare designators or people, unless the gazetteer or a designator vouches for the name.
    /// </summary>
    private static bool Plausible(Document doc, TextSpan span, TaggerEvidence evidence)
    {
        if (!HasLetterOrDigit(doc.Text.AsSpan(span.Start, span.Length))) return false;
        if (evidence.Companies.Any(m => m.Span.Overlaps(span) && m.Source is CompanyEvidence.Gazetteer or CompanyEvidence.Designator)) return true;
        if (CompanyVocabulary.Default.IsNeverAName(doc.MatchText.Substring(span.Start, span.Length))) return false;
        return !evidence.People.Any(p => p.Span.Overlaps(span));
    }

    /// <summary>Greedy left-to-right decoding; an I that follows O is read as B.</summary>
    internal static NameTag[] Decode(ulong[][] features, HashTable<TagWeights> weights)
    {
        var tags = new NameTag[features.Length];
        var dynamic = new List<ulong>(4);
        for (int i = 0; i < features.Length; i++)
        {
            dynamic.Clear();
            TokenFeatures.WithPrevious(dynamic, i > 0 ? tags[i - 1] : NameTag.O, i > 1 ? tags[i - 2] : NameTag.O, features[i]);
            var best = Best(Score(features[i], dynamic, weights));
            if (best == NameTag.I && (i == 0 || tags[i - 1] == NameTag.O)) best = NameTag.B;
            tags[i] = best;
        }
        return tags;
    }

    internal static TagWeights Score(ulong[] features, List<ulong> dynamic, HashTable<TagWeights> weights)
    {
        var sum = default(TagWeights);
        foreach (var f in features) Accumulate(ref sum, weights.Get(f));
        foreach (var f in dynamic) Accumulate(ref sum, weights.Get(f));
        return sum;
    }

    internal static NameTag Best(TagWeights s) => s.B > s.O && s.B >= s.I ? NameTag.B : s.I > s.O && s.I > s.B ? NameTag.I : NameTag.O;

    private static void Accumulate(ref TagWeights sum, TagWeights w)
    {
        sum.O += w.O;
        sum.B += w.B;
        sum.I += w.I;
    }

    private static int Overlap(TextSpan a, TextSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    private static bool HasLetterOrDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private static CompanyTagger? LoadShipped()
    {
        var stream = ResourceData.TryOpen("Models.companies.company-tagger.bin");
        if (stream is null) return null;
        using (stream) return Load(stream);
    }
}
