using System.Globalization;
using System.Text;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// What the built-in <see cref="PerceptronWordSegmenter"/> knows: lexicons of multi-syllable words and the weights
/// of its boundary classifier. Read-only once built, so one instance serves every thread.
/// </summary>
public sealed class SegmentationModel
{
    /// <summary>The lexicon files shipped in <c>models/lexicon/</c>, in the order their features are numbered.</summary>
    public static IReadOnlyList<string> LexiconFiles { get; } = ["vi-words.txt", "viet74k-words.txt", "pyvi-words.txt", "vi-places.txt"];

    /// <summary>The index in <see cref="LexiconFiles"/> of the place names (vi-places.txt), which the segmenter's place rule reads.</summary>
    public const int PlacesLexicon = 3;

    /// <summary>The most lexicons a model can use (the flags of a lexicon entry have one bit each).</summary>
    public const int MaxLexicons = 7;

    /// <summary>Words longer than this many syllables are left out of the lexicons.</summary>
    public const int MaxWordSyllables = 8;

    // Lexicon entry flags: bit k = a word of lexicon k; PrefixFlag = the start of a longer word.
    internal const byte PrefixFlag = 0x80;

    internal static readonly (string Name, string Args)[] Templates = BuildTemplates();

    private static readonly Lazy<SegmentationModel> DefaultModel = new(LoadDefault);

    internal SegmentationModel((HashTable<byte> Words, HashTable<byte> FirstSyllables) lexicons, int lexiconCount, HashTable<float> weights)
    {
        (Words, FirstSyllables) = lexicons;
        LexiconCount = lexiconCount;
        Weights = weights;
    }

    /// <summary>The model shipped in <c>models/segmentation/weights.tsv</c> over the lexicons of <c>models/lexicon/</c>.</summary>
    public static SegmentationModel Default => DefaultModel.Value;

    /// <summary>The number of lexicons.</summary>
    public int LexiconCount { get; }

    /// <summary>The number of non-zero feature weights.</summary>
    public int FeatureCount => Weights.Count;

    internal HashTable<byte> Words { get; }

    /// <summary>
    /// The syllables that start a lexicon word, keyed by the syllable's own hash: a small table that stays in
    /// cache and spares most syllables a look-up in <see cref="Words"/>.
    /// </summary>
    internal HashTable<byte> FirstSyllables { get; }

    internal HashTable<float> Weights { get; }

    /// <summary>
    /// Builds the lexicon table from word lists (one per lexicon; words with syllables separated by spaces, any
    /// case and tone-mark placement).
    /// </summary>
    internal static (HashTable<byte> Words, HashTable<byte> FirstSyllables) BuildWords(IReadOnlyList<IEnumerable<string>> lexicons)
    {
        if (lexicons.Count > MaxLexicons) throw new ArgumentException($"at most {MaxLexicons} lexicons", nameof(lexicons));
        var table = new HashTable<byte>(200_000);
        var first = new HashTable<byte>(10_000);
        for (int k = 0; k < lexicons.Count; k++)
        {
            foreach (var word in lexicons[k])
            {
                var syllables = TextNormalizer.ForMatching(word).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (syllables.Length < 2 || syllables.Length > MaxWordSyllables) continue;
                ulong key = SyllableHash.Seed;
                first.GetOrAdd(SyllableHash.Of(syllables[0])) = PrefixFlag;
                for (int i = 0; i < syllables.Length; i++)
                {
                    key = SyllableHash.Combine(key, SyllableHash.Of(syllables[i]));
                    if (i == 0) continue; // a first syllable is looked up in `first`, not here
                    ref byte flags = ref table.GetOrAdd(key);
                    flags |= i == syllables.Length - 1 ? (byte)(1 << k) : PrefixFlag;
                }
            }
        }
        return (table.Trimmed(), first.Trimmed());
    }

    /// <summary>Reads weights written by <see cref="WriteWeights"/>, over the given lexicons.</summary>
    public static SegmentationModel Read(TextReader weights, IReadOnlyList<IEnumerable<string>> lexicons)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(lexicons);
        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int t = 0; t < Templates.Length; t++) byName[Templates[t].Name] = t;
        var table = new HashTable<float>(1 << 16);
        var args = new ulong[8];
        int lineNumber = 0;
        while (weights.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (!byName.TryGetValue(fields[0], out int template) || fields.Length != Templates[template].Args.Length + 2)
                throw new FormatException($"weights line {lineNumber}: unknown feature '{line}'");
            var kinds = Templates[template].Args;
            for (int a = 0; a < kinds.Length; a++)
                args[a] = kinds[a] == 's' ? SyllableHash.Of(fields[a + 1]) : ulong.Parse(fields[a + 1], CultureInfo.InvariantCulture);
            table.GetOrAdd(FeatureKey(template, args.AsSpan(0, kinds.Length))) = float.Parse(fields[^1], CultureInfo.InvariantCulture);
        }
        return new SegmentationModel(BuildWords(lexicons), lexicons.Count, table.Trimmed());
    }

    /// <summary>Writes feature weights, one a line: template, arguments and weight separated by tabs.</summary>
    internal static void WriteWeights(TextWriter writer, IEnumerable<(int Template, ulong[] Args, float Weight)> features, IReadOnlyDictionary<ulong, string> syllables, string header)
    {
        foreach (var line in header.Split('\n')) writer.WriteLine("# " + line);
        var lines = new List<string>();
        var sb = new StringBuilder();
        foreach (var (template, args, weight) in features)
        {
            sb.Clear().Append(Templates[template].Name);
            bool ok = true;
            for (int a = 0; a < args.Length; a++)
            {
                sb.Append('\t');
                if (Templates[template].Args[a] == 'n') sb.Append(args[a].ToString(CultureInfo.InvariantCulture));
                else if (syllables.TryGetValue(args[a], out var s) && !s.Any(char.IsWhiteSpace)) sb.Append(s);
                else ok = false;
            }
            if (!ok) continue;
            sb.Append('\t').Append(weight.ToString("0.####", CultureInfo.InvariantCulture));
            lines.Add(sb.ToString());
        }
        lines.Sort(StringComparer.Ordinal); // a stable order keeps retrained models diffable
        foreach (var line in lines) writer.WriteLine(line);
    }

    /// <summary>The key of a feature: its template and arguments hashed together.</summary>
    internal static ulong FeatureKey(int template, ReadOnlySpan<ulong> args)
    {
        Span<ulong> a = stackalloc ulong[5];
        args.CopyTo(a);
        return SyllableHash.Feature(template, a[0], a[1], a[2], a[3], a[4]);
    }

    /// <summary>The words of a shipped lexicon file (one of <see cref="LexiconFiles"/>).</summary>
    public static IEnumerable<string> ReadLexicon(string file) => ResourceData.ReadLines("Models.lexicon." + file);

    private static SegmentationModel LoadDefault()
    {
        using var reader = new StreamReader(ResourceData.Open("Models.segmentation.weights.tsv"));
        return Read(reader, LexiconFiles.Select(ReadLexicon).ToList());
    }

    private static (string, string)[] BuildTemplates()
    {
        // Argument kinds: 's' a syllable (written as text), 'n' a small number.
        var args = new Dictionary<SegmenterFeature, string>
        {
            [SegmenterFeature.Bias] = "",
            [SegmenterFeature.A] = "s",
            [SegmenterFeature.B] = "s",
            [SegmenterFeature.AB] = "ss",
            [SegmenterFeature.PA] = "ss",
            [SegmenterFeature.BN] = "ss",
            [SegmenterFeature.PAB] = "sss",
            [SegmenterFeature.ABN] = "sss",
            [SegmenterFeature.ShapeAB] = "nn",
            [SegmenterFeature.ShapePABN] = "nnnn",
            [SegmenterFeature.Lexicon] = "nnnn",
            [SegmenterFeature.LexiconPair] = "nnn",
            [SegmenterFeature.MaxMatch] = "nn",
            [SegmenterFeature.ShapeLexicon] = "nnnnn",
            [SegmenterFeature.NameStart] = "nnnnn",
        };
        return Enum.GetValues<SegmenterFeature>().Select(f => (f.ToString(), args[f])).ToArray();
    }
}
