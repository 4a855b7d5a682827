using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Evaluation;
using VnTechNewsExtractor.Investments.Learning;
using VnTechNewsExtractor.Pages;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies.Learning;

/// <summary>
/// Trains the <see cref="CompanyTagger"/> on gold articles. The gold names no spans, only names: every occurrence
/// in the text of a required or optional organisation's name or alias is tagged as a company (longest first,
/// capitalised as the gold writes it), without a leading designator or legal form, which the scorer ignores too.
/// Deterministic: the same articles and seed give the same weights.
/// </summary>
public static class CompanyTaggerTrainer
{
    // Words an annotator may or may not write before a name; tags never include them, so that the tagger learns one convention.
    private static readonly string[] Designators =
        ["công ty cổ phần", "công ty tnhh", "công ty", "tập đoàn", "tổng công ty", "ctcp", "startup", "hãng", "quỹ", "cổ phần", "tnhh", "mtv", "một thành viên"];

    /// <summary>Passes over the training articles.</summary>
    public const int DefaultEpochs = 8;

    /// <summary>
    /// Trains a tagger on the gold articles <paramref name="golds"/> of <paramref name="goldDir"/>, and on
    /// <paramref name="passages"/> (short annotated passages, whose companies are tagged the same way) when given.
    /// </summary>
    public static CompanyTagger Train(string goldDir, IEnumerable<GoldArticle> golds, IEnumerable<AnnotatedPassage>? passages = null,
        int epochs = DefaultEpochs, int seed = 1) =>
        Train([.. golds.Select(g => Example(goldDir, g)), .. (passages ?? []).Select(Example)], epochs, seed);

    /// <summary>The features and gold tags of an annotated passage: its companies are the names to tag.</summary>
    internal static TaggerExample Example(AnnotatedPassage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = null, RelationClassifier = null });
        var doc = analyzer.Annotate(new ArticleContent { IsArticle = true, Paragraphs = [passage.Text] });
        var gold = new GoldArticle { Id = passage.Id, Companies = new GoldCompanies { Required = passage.Companies } };
        return new TaggerExample(passage.Id, TokenFeatures.Of(doc, RuleEvidence(doc)), GoldTags(doc, gold));
    }

    /// <summary>The features and gold tags of one gold article (its text file beside the gold file).</summary>
    internal static TaggerExample Example(string goldDir, GoldArticle gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = null, RelationClassifier = null });
        var doc = analyzer.Annotate(PlainTextArticleReader.Read(File.ReadAllText(Path.Combine(goldDir, gold.File))));
        var evidence = RuleEvidence(doc);
        return new TaggerExample(gold.Id, TokenFeatures.Of(doc, evidence), GoldTags(doc, gold));
    }

    /// <summary>What the hand rules say of <paramref name="doc"/>'s names (the recognizer run afresh, before any deal promotes a name).</summary>
    internal static TaggerEvidence RuleEvidence(Document doc)
    {
        var rules = new CompanyRecognizer().Recognize(doc, out var people);
        return new TaggerEvidence(rules, doc.NameCandidates, people);
    }

    /// <summary>The gold tag of each token of <paramref name="doc"/>.</summary>
    internal static NameTag[] GoldTags(Document doc, GoldArticle gold)
    {
        var names = new NameMatcher(gold.Aliases);
        var allowed = gold.Companies.Required.Concat(gold.Companies.Optional).Select(names.Key).ToHashSet(StringComparer.Ordinal);
        var surfaces = gold.Companies.Required.Concat(gold.Companies.Optional)
            .Concat(gold.Aliases.SelectMany(g => g).Where(a => allowed.Contains(names.Key(a))))
            .Select(s => s.Normalize(System.Text.NormalizationForm.FormC).Trim())
            .Where(s => s.Length >= 2).Distinct(StringComparer.Ordinal).ToList();
        var text = doc.Text;
        var match = doc.MatchText;
        var found = new List<TextSpan>();
        foreach (var surface in surfaces)
        {
            var key = TextNormalizer.ForMatching(surface);
            if (key.Length != surface.Length) continue;
            int from = 0;
            while ((from = match.IndexOf(key, from, StringComparison.Ordinal)) >= 0)
            {
                int end = from + key.Length;
                bool bounded = (from == 0 || !char.IsLetterOrDigit(text[from - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                bool cased = !char.IsUpper(surface[0]) || char.IsUpper(text[from]) || char.IsDigit(text[from]);
                if (bounded && cased) found.Add(new TextSpan(from, end));
                from = end;
            }
        }
        var tokens = doc.Tokens;
        var tags = new NameTag[tokens.Count];
        int covered = -1;
        foreach (var span in found.OrderBy(s => s.Start).ThenByDescending(s => s.Length))
        {
            if (span.Start < covered) continue;
            var name = WithoutDesignator(match, span);
            int first = TokenFeatures.FirstTokenAt(tokens, name.Start);
            if (first >= tokens.Count || tokens[first].Start != name.Start) continue; // the name starts inside a token
            int last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].End <= name.End) last++;
            if (tokens[last].End != name.End) continue;
            tags[first] = NameTag.B;
            for (int t = first + 1; t <= last; t++) tags[t] = NameTag.I;
            covered = span.End;
        }
        return tags;
    }

    private static TextSpan WithoutDesignator(string match, TextSpan span)
    {
        int start = span.Start;
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (var d in Designators)
            {
                int end = start + d.Length;
                if (end < span.End && string.CompareOrdinal(match, start, d, 0, d.Length) == 0 && match[end] == ' ')
                {
                    start = end + 1;
                    changed = true;
                    break;
                }
            }
        }
        return new TextSpan(start, span.End);
    }

    /// <summary>An averaged perceptron over the examples, decoding greedily with its own previous tags as it will when used.</summary>
    internal static CompanyTagger Train(IReadOnlyList<TaggerExample> examples, int epochs, int seed)
    {
        var weights = new Dictionary<ulong, float[]>();
        var totals = new Dictionary<ulong, float[]>();
        var stamps = new Dictionary<ulong, int[]>();
        int step = 0;
        var table = new HashTable<TagWeights>(); // the live weights, read while decoding
        var order = examples.ToArray();
        var random = new Random(seed);
        var dynamic = new List<ulong>(4);

        void Update(ulong feature, NameTag tag, float delta)
        {
            if (!weights.TryGetValue(feature, out var w))
            {
                weights[feature] = w = new float[3];
                totals[feature] = new float[3];
                stamps[feature] = new int[3];
            }
            int t = (int)tag;
            totals[feature][t] += (step - stamps[feature][t]) * w[t];
            stamps[feature][t] = step;
            w[t] += delta;
            table.GetOrAdd(feature).Add(tag, delta);
        }

        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var example in order)
            {
                var tags = new NameTag[example.Features.Length];
                for (int i = 0; i < tags.Length; i++)
                {
                    step++;
                    dynamic.Clear();
                    TokenFeatures.WithPrevious(dynamic, i > 0 ? tags[i - 1] : NameTag.O, i > 1 ? tags[i - 2] : NameTag.O, example.Features[i]);
                    var guess = CompanyTagger.Best(CompanyTagger.Score(example.Features[i], dynamic, table));
                    var truth = example.Gold[i];
                    if (guess != truth)
                    {
                        foreach (var f in example.Features[i]) { Update(f, truth, 1); Update(f, guess, -1); }
                        foreach (var f in dynamic) { Update(f, truth, 1); Update(f, guess, -1); }
                    }
                    tags[i] = guess == NameTag.I && (i == 0 || tags[i - 1] == NameTag.O) ? NameTag.B : guess;
                }
            }
        }

        var averaged = new HashTable<TagWeights>(weights.Count);
        foreach (var (feature, w) in weights)
        {
            var avg = new float[3];
            for (int t = 0; t < 3; t++) avg[t] = (totals[feature][t] + (step - stamps[feature][t]) * w[t]) / step;
            if (MathF.Abs(avg[0]) + MathF.Abs(avg[1]) + MathF.Abs(avg[2]) < 1e-3f) continue; // features that never mattered
            averaged.GetOrAdd(feature) = new TagWeights { O = avg[0], B = avg[1], I = avg[2] };
        }
        return new CompanyTagger(averaged);
    }
}
