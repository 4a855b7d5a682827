using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// Trains the boundary classifier of <see cref="PerceptronWordSegmenter"/>: an averaged perceptron over the gaps
/// between adjacent word-like tokens of a segmented corpus, labelled "join" when both tokens lie in one gold word.
/// Deterministic: the same lines, lexicons and options give the same weights.
/// </summary>
public static class SegmenterTrainer
{
    /// <summary>Trains on <paramref name="goldLines"/> (segmented lines) with the given lexicons.</summary>
    /// <param name="goldLines">Training lines only: nothing held out for measuring may be among them.</param>
    /// <param name="lexicons">Word lists, in the order of <see cref="SegmentationModel.LexiconFiles"/>.</param>
    /// <param name="weightsOut">When given, receives the weights in the model file form.</param>
    /// <param name="epochs">Passes over the training gaps.</param>
    /// <param name="header">A description written at the top of the weights file.</param>
    public static SegmentationModel Train(IEnumerable<string> goldLines, IReadOnlyList<IEnumerable<string>> lexicons,
        TextWriter? weightsOut = null, int epochs = 12, string header = "")
    {
        ArgumentNullException.ThrowIfNull(goldLines);
        ArgumentNullException.ThrowIfNull(lexicons);
        var lexiconLists = lexicons.Select(l => l.ToList()).ToList();
        var words = SegmentationModel.BuildWords(lexiconLists);
        var probe = new SegmentationModel(words, lexiconLists.Count, new HashTable<float>());
        var sink = new CollectSink { Index = new Dictionary<ulong, int>(), Features = [], Current = [] };
        var syllables = new Dictionary<ulong, string> { [SyllableHash.Of("<num>")] = "<num>", [SyllableHash.Of("<none>")] = "<none>" };
        var examples = new List<(int[] Features, int Label)>();
        var context = new SegmenterContext();
        foreach (var line in goldLines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var sentence = SegmentationCorpus.Parse(line);
            var text = sentence.Text;
            var match = TextNormalizer.ForMatching(text);
            var tokens = Tokenizer.Tokenize(text);
            context.Prepare(text, SegmenterContext.AsSpan(tokens), probe);
            for (int i = 0; i < tokens.Count; i++)
                if (tokens[i].Kind is not (TokenKind.Number or TokenKind.Date)) syllables.TryAdd(context.Hash[i], match.Substring(tokens[i].Start, tokens[i].Length));
            var wordEnds = new HashSet<int>(sentence.Words.Select(w => w.End));
            for (int g = 0; g < tokens.Count - 1; g++)
            {
                if (!context.Candidate[g] || context.IsForcedBoundary(g, lexiconLists.Count > SegmentationModel.PlacesLexicon ? SegmentationModel.PlacesLexicon : -1)) continue;
                sink.Current.Clear();
                context.Features(g, ref sink);
                // Joined when no gold word ends between the two tokens.
                bool join = true;
                for (int c = tokens[g].End; c < tokens[g + 1].Start + 1 && join; c++)
                    if (wordEnds.Contains(c)) join = false;
                examples.Add((sink.Current.ToArray(), join ? 1 : -1));
            }
        }

        var weights = Perceptron(examples, sink.Features.Count, epochs);
        var table = new HashTable<float>(weights.Length);
        var kept = new List<(int, ulong[], float)>();
        for (int f = 0; f < weights.Length; f++)
        {
            if (MathF.Abs(weights[f]) < 1e-4f) continue; // features that never mattered
            var (key, template, args) = sink.Features[f];
            table.GetOrAdd(key) = weights[f];
            kept.Add((template, args, weights[f]));
        }
        if (weightsOut is not null) SegmentationModel.WriteWeights(weightsOut, kept, syllables, header);
        return new SegmentationModel(words, lexiconLists.Count, table.Trimmed());
    }

    /// <summary>The averaged perceptron: the mean of the weight vector over every step, which generalises better than the last one.</summary>
    private static float[] Perceptron(List<(int[] Features, int Label)> examples, int featureCount, int epochs)
    {
        var w = new float[featureCount];
        var u = new float[featureCount]; // sum of step * update, for the average
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(20240101);
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (features, label) = examples[e];
                float score = 0;
                foreach (var f in features) score += w[f];
                if ((score > 0 ? 1 : -1) != label)
                {
                    foreach (var f in features)
                    {
                        w[f] += label;
                        u[f] += step * label;
                    }
                }
                step++;
            }
        }
        var average = new float[featureCount];
        for (int f = 0; f < featureCount; f++) average[f] = w[f] - u[f] / step;
        return average;
    }

    /// <summary>Numbers features as they are first seen and records the features of the current gap.</summary>
    private struct CollectSink : IFeatureSink
    {
        public Dictionary<ulong, int> Index;
        public List<(ulong Key, int Template, ulong[] Args)> Features;
        public List<int> Current;

        public readonly bool RecordsArguments => true;

        public void Add(SegmenterFeature template, ulong key, ReadOnlySpan<ulong> args)
        {
            if (!Index.TryGetValue(key, out int f))
            {
                f = Features.Count;
                Index[key] = f;
                int arity = SegmentationModel.Templates[(int)template].Args.Length;
                Features.Add((key, (int)template, args[..arity].ToArray()));
            }
            Current.Add(f);
        }
    }
}
