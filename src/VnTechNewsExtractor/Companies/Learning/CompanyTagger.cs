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
        foreach (var span in Spans(tokens, tags))
        {
            if (!HasLetterOrDigit(text.AsSpan(span.Start, span.Length))) continue;
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
        return mentions;
    }

    /// <summary>The spans of the B I* runs of <paramref name="tags"/>.</summary>
    internal static IEnumerable<TextSpan> Spans(IReadOnlyList<Token> tokens, NameTag[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (tags[i] != NameTag.B) continue;
            int last = i;
            while (last + 1 < tags.Length && tags[last + 1] == NameTag.I) last++;
            yield return new TextSpan(tokens[i].Start, tokens[last].End);
            i = last;
        }
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
