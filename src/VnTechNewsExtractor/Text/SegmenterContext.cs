using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// The per-text working arrays of the segmenter: a hash and a shape per token, which gaps may join, and what the
/// lexicons say about each token and gap. Reused across calls on a thread so that segmenting allocates only the
/// list of words.
/// </summary>
internal sealed class SegmenterContext
{
    /// <summary>Shape codes written in the model: keep their values.</summary>
    public const byte ShapeNone = 0, ShapeLower = 1, ShapeCapitalised = 2, ShapeLatin = 4, ShapeNumber = 5, ShapePunctuation = 6, ShapeOther = 7, ShapeAbbreviation = 8;

    private const int Cap = 4; // lexicon lengths above this tell nothing more

    private static readonly ulong NumberHash = SyllableHash.Of("<num>");
    private static readonly ulong NoneHash = SyllableHash.Of("<none>");

    [ThreadStatic] private static SegmenterContext? _cached;

    private static readonly HashTable<byte> NameSyllables = LoadNameSyllables();

    private static HashTable<byte> LoadNameSyllables()
    {
        var table = new HashTable<byte>(128);
        foreach (var line in ResourceData.ReadLines("name-syllables.tsv"))
        {
            var fields = line.Split('\t');
            table.GetOrAdd(SyllableHash.Of(TextNormalizer.ForMatching(fields[0]))) = fields[1] == "middle" ? (byte)2 : (byte)1;
        }
        return table;
    }

    public int Count;
    public ulong[] Hash = [];
    public byte[] Shape = [];
    public byte[] Name = [];      // 1 a family name, 2 a middle name (Văn, Thị), when capitalised
    public bool[] Candidate = []; // gap g lies between tokens g and g+1
    public byte[] Start = [];     // [k * Count + p]: longest word of lexicon k starting at token p
    public byte[] End = [];       // [k * Count + p]: longest word of lexicon k ending at token p
    public byte[] Cover = [];     // [k * Count + g]: longest word of lexicon k spanning gap g
    public byte[] Forward = [];   // gap g joined by forward longest matching over all lexicons
    public byte[] Backward = [];  // gap g joined by backward longest matching
    private int _lexicons;

    /// <summary>The calling thread's context (one per thread, so the segmenter stays thread-safe).</summary>
    public static SegmenterContext ForThread() => _cached ??= new SegmenterContext();

    /// <summary>Fills the arrays for <paramref name="tokens"/> of <paramref name="text"/>.</summary>
    public void Prepare(string text, ReadOnlySpan<Token> tokens, SegmentationModel model)
    {
        int n = tokens.Length;
        _lexicons = model.LexiconCount;
        Count = n;
        if (Hash.Length < n || Start.Length < (model.LexiconCount + 1) * n) Resize(n, model.LexiconCount);
        int lexiconSlots = (_lexicons + 1) * n; // one slot per lexicon, then their union
        Array.Clear(Start, 0, lexiconSlots);
        Array.Clear(End, 0, lexiconSlots);
        Array.Clear(Cover, 0, lexiconSlots);
        for (int i = 0; i < n; i++)
        {
            var t = tokens[i];
            Shape[i] = ShapeOf(text, t);
            Hash[i] = t.Kind is TokenKind.Number or TokenKind.Date ? NumberHash : SyllableHash.OfToken(text.AsSpan(t.Start, t.Length));
            Name[i] = Shape[i] == ShapeCapitalised ? NameSyllables.Get(Hash[i]) : (byte)0;
        }
        for (int g = 0; g < n - 1; g++)
            Candidate[g] = IsWordLike(tokens[g].Kind) && IsWordLike(tokens[g + 1].Kind) && IsSpaceWithinLine(text, tokens[g].End, tokens[g + 1].Start);
        if (n > 0) Candidate[n - 1] = false;
        LookUpLexicons(model.Words, model.FirstSyllables);
        LongestMatching();
    }

    /// <summary>The tokens as a span: no interface call per token for the usual list or array.</summary>
    public static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        List<Token> list => CollectionsMarshal.AsSpan(list),
        Token[] array => array,
        _ => tokens.ToArray(),
    };

    /// <summary>Feeds the features of gap <paramref name="g"/> to <paramref name="sink"/>.</summary>
    public void Features<TSink>(int g, ref TSink sink) where TSink : struct, IFeatureSink
    {
        ulong a = Hash[g], b = Hash[g + 1];
        ulong p = g > 0 ? Hash[g - 1] : NoneHash;
        ulong nx = g + 2 < Count ? Hash[g + 2] : NoneHash;
        ulong sa = Shape[g], sb = Shape[g + 1];
        ulong sp = g > 0 ? Shape[g - 1] : ShapeNone;
        ulong sn = g + 2 < Count ? Shape[g + 2] : ShapeNone;
        Add(ref sink, SegmenterFeature.Bias, 0, 0, 0, 0);
        Add(ref sink, SegmenterFeature.A, a, 0, 0, 0);
        Add(ref sink, SegmenterFeature.B, b, 0, 0, 0);
        Add(ref sink, SegmenterFeature.AB, a, b, 0, 0);
        Add(ref sink, SegmenterFeature.PA, p, a, 0, 0);
        Add(ref sink, SegmenterFeature.BN, b, nx, 0, 0);
        Add(ref sink, SegmenterFeature.PAB, p, a, b, 0);
        Add(ref sink, SegmenterFeature.ABN, a, b, nx, 0);
        Add(ref sink, SegmenterFeature.ShapeAB, sa, sb, 0, 0);
        Add(ref sink, SegmenterFeature.ShapePABN, sp, sa, sb, sn);
        for (int k = 0; k < _lexicons; k++)
        {
            int o = k * Count;
            Add(ref sink, SegmenterFeature.Lexicon, (ulong)k, Capped(Cover[o + g]), Capped(End[o + g]), Capped(Start[o + g + 1]));
        }
        Add(ref sink, SegmenterFeature.LexiconPair, _pair[g], sa, sb, 0);
        Add(ref sink, SegmenterFeature.MaxMatch, Forward[g], Backward[g], 0, 0);
        Add(ref sink, SegmenterFeature.NameStart, g > 0 ? Name[g - 1] : 0UL, Name[g], sa, sb, Longest(Start, g + 1) >= 2 ? 1UL : 0UL);
        Add(ref sink, SegmenterFeature.ShapeLexicon, sa, sb, Capped(Longest(Cover, g)), Capped(Longest(End, g)), Capped(Longest(Start, g + 1)));
    }

    /// <summary>
    /// True when gap <paramref name="g"/> must stay a boundary whatever the weights say: a capitalised common word
    /// before a place name of the places lexicon ("Sữa Việt Nam", "Giày An Giang", "Tại Cần Thơ"). Names whose
    /// family name precedes a place-like given name ("Trần Thái Bình") keep joining. The training sample has too
    /// few such organisation names for the perceptron to learn it against the strong "capitalised run" features.
    /// </summary>
    public bool IsForcedBoundary(int g, int placesLexicon)
    {
        if (placesLexicon < 0 || placesLexicon >= _lexicons || Shape[g] != ShapeCapitalised || Shape[g + 1] != ShapeCapitalised) return false;
        int o = placesLexicon * Count;
        if (Start[o + g + 1] < 2 || Cover[o + g] != 0 || Name[g] != 0 || (g > 0 && Name[g - 1] != 0)) return false;
        for (int k = 0; k < _lexicons; k++)
            if (Cover[k * Count + g] != 0) return false; // "Thành phố Hồ Chí Minh": a word spans the gap
        return true;
    }

    private static ulong Capped(int length) => (ulong)Math.Min(length, Cap);

    /// <summary>Hands a feature to the sink with its key, the same as <see cref="SegmentationModel.FeatureKey"/> computes from the model file (unused arguments are 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called 18 times a gap: the call itself would cost as much as the work
    private static void Add<TSink>(ref TSink sink, SegmenterFeature template, ulong a0, ulong a1, ulong a2, ulong a3, ulong a4 = 0) where TSink : struct, IFeatureSink
    {
        ulong key = SyllableHash.Feature((int)template, a0, a1, a2, a3, a4);
        if (sink.RecordsArguments) sink.Add(template, key, [a0, a1, a2, a3, a4]);
        else sink.Add(template, key, default);
    }

    // Bit k set when A B is itself a word of lexicon k; recorded during the lexicon walk.
    private byte[] _pair = [];

    private void Resize(int n, int lexicons)
    {
        int size = Math.Max(n, 256);
        size = (int)Math.Min(int.MaxValue / 8, (long)size * 2);
        Hash = new ulong[size];
        Shape = new byte[size];
        Name = new byte[size];
        Candidate = new bool[size];
        Start = new byte[size * (lexicons + 1)];
        End = new byte[size * (lexicons + 1)];
        Cover = new byte[size * (lexicons + 1)];
        Forward = new byte[size];
        Backward = new byte[size];
        _pair = new byte[size];
    }

    private void LookUpLexicons(HashTable<byte> words, HashTable<byte> firstSyllables)
    {
        Array.Clear(_pair, 0, Count);
        for (int p = 0; p < Count; p++)
        {
            if (p + 1 >= Count || !Candidate[p]) continue;
            if (firstSyllables.Get(Hash[p]) == 0) continue;
            ulong key = SyllableHash.Combine(SyllableHash.Seed, Hash[p]);
            for (int q = p + 1; q < Count && q - p < SegmentationModel.MaxWordSyllables; q++)
            {
                key = SyllableHash.Combine(key, Hash[q]);
                byte flags = words.Get(key);
                int found = flags & 0x7F;
                if (found != 0) Record(p, q, found);
                if ((flags & SegmentationModel.PrefixFlag) == 0 || !Candidate[q]) break;
            }
        }
    }

    private void Record(int p, int q, int lexicons)
    {
        byte length = (byte)(q - p + 1);
        if (q == p + 1) _pair[p] |= (byte)lexicons;
        for (int k = 0; k <= _lexicons; k++)
        {
            if (k < _lexicons && (lexicons & (1 << k)) == 0) continue; // k == _lexicons: the union
            int o = k * Count;
            if (Start[o + p] < length) Start[o + p] = length;
            if (End[o + q] < length) End[o + q] = length;
            for (int g = p; g < q; g++)
                if (Cover[o + g] < length) Cover[o + g] = length;
        }
    }

    // Longest matching over the union of the lexicons, both ways: two classic segmentations as features.
    private void LongestMatching()
    {
        Array.Clear(Forward, 0, Count);
        Array.Clear(Backward, 0, Count);
        for (int p = 0; p < Count;)
        {
            int length = Longest(Start, p);
            for (int g = p; g < p + length - 1; g++) Forward[g] = 1;
            p += Math.Max(length, 1);
        }
        for (int q = Count - 1; q >= 0;)
        {
            int length = Longest(End, q);
            for (int g = q - length + 1; g < q; g++) Backward[g] = 1;
            q -= Math.Max(length, 1);
        }
    }

    /// <summary>The longest word of any lexicon, from the union slot that <see cref="Record"/> keeps.</summary>
    private int Longest(byte[] lengths, int i) => lengths[_lexicons * Count + i];

    private static bool IsWordLike(TokenKind kind) => kind is TokenKind.Syllable or TokenKind.LatinWord;

    private static bool IsSpaceWithinLine(string text, int from, int to)
    {
        if (to <= from) return false;
        for (int i = from; i < to; i++)
            if (text[i] is '\n' or '\r' || !(char.IsWhiteSpace(text[i]) || text[i] is '\u200B' or '\uFEFF')) return false;
        return true;
    }

    private static byte ShapeOf(string text, Token t) => t.Kind switch
    {
        TokenKind.Syllable => char.IsUpper(text[t.Start]) ? ShapeCapitalised : ShapeLower,
        TokenKind.LatinWord => ShapeLatin,
        TokenKind.Number or TokenKind.Date => ShapeNumber,
        TokenKind.Punctuation => ShapePunctuation,
        TokenKind.Abbreviation => ShapeAbbreviation,
        _ => ShapeOther,
    };
}
