using VnTechNewsExtractor.Companies.Learning;
using VnTechNewsExtractor.Investments.Learning;

namespace VnTechNewsExtractor.Evaluation;

/// <summary>
/// K-fold cross-validation of the learned parts over a gold corpus: each fold's articles are scored by analyzers whose
/// models were trained on the other folds only, beside the hand rules alone on the same articles.
/// </summary>
public static class CrossValidation
{
    /// <summary>The relation classifier's thresholds tried on every fold (keep a rule's pair, add another).</summary>
    public static IReadOnlyList<(float Keep, float Add)> ThresholdGrid { get; } =
        [.. from keep in new[] { 0.1f, 0.2f, 0.3f } from add in new[] { 0.15f, 0.2f, 0.25f, 0.3f, 0.4f } select (keep, add)];

    /// <summary>
    /// Runs <paramref name="folds"/>-fold cross-validation over <paramref name="golds"/> (gold files of
    /// <paramref name="goldDir"/>). Articles are dealt to folds in an order shuffled with <paramref name="seed"/>.
    /// </summary>
    /// <param name="goldDir">The gold folder.</param>
    /// <param name="golds">Its gold files to deal to folds.</param>
    /// <param name="folds">How many folds.</param>
    /// <param name="passages">Annotated passages added to every fold's training data (they are never scored).</param>
    /// <param name="seed">Deals the articles.</param>
    /// <param name="progress">Receives a line per fold.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<CrossValidationResult> RunAsync(string goldDir, IReadOnlyList<GoldArticle> golds, int folds, IReadOnlyList<AnnotatedPassage>? passages = null,
        int seed = 1, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (golds.Count < folds) throw new ArgumentException($"{golds.Count} articles cannot be dealt to {folds} folds", nameof(golds));
        var order = golds.OrderBy(g => g.File, StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(order);
        var foldOf = order.Select((g, i) => (g.File, Fold: i % folds)).ToDictionary(x => x.File, x => x.Fold, StringComparer.Ordinal);
        var examples = golds.ToDictionary(g => g.File, g => CompanyTaggerTrainer.Example(goldDir, g), StringComparer.Ordinal);
        var passageExamples = (passages ?? []).Select(CompanyTaggerTrainer.Example).ToList();

        var thresholds = new Dictionary<(float Keep, float Add), FieldScore>();
        var rules = new List<EvaluationReport>();
        var tagged = new List<EvaluationReport>();
        var learned = new List<EvaluationReport>();
        var losses = new List<RelationLoss>();
        var rulesAnalyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = null, RelationClassifier = null });
        for (int fold = 0; fold < folds; fold++)
        {
            var held = golds.Where(g => foldOf[g.File] == fold).ToList();
            var training = golds.Where(g => foldOf[g.File] != fold).ToList();
            progress?.Report($"fold {fold + 1}/{folds}: training on {training.Count} articles, scoring {held.Count}");
            var tagger = CompanyTaggerTrainer.Train([.. training.Select(g => examples[g.File]), .. passageExamples], CompanyTaggerTrainer.DefaultEpochs, seed);
            var rows = training.SelectMany(g => RelationTrainer.Rows(goldDir, g, tagger)).Concat(passages is null ? [] : RelationTrainer.Rows(passages, tagger)).ToList();
            var classifier = RelationClassifier.Train(rows);
            rules.Add(await CorpusEvaluator.EvaluateAsync(goldDir, held, rulesAnalyzer, cancellationToken: cancellationToken).ConfigureAwait(false));
            var withTagger = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = tagger, RelationClassifier = null });
            tagged.Add(await CorpusEvaluator.EvaluateAsync(goldDir, held, withTagger, cancellationToken: cancellationToken).ConfigureAwait(false));
            var withBoth = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = tagger, RelationClassifier = classifier });
            learned.Add(await CorpusEvaluator.EvaluateAsync(goldDir, held, withBoth, cancellationToken: cancellationToken).ConfigureAwait(false));
            losses.AddRange(RelationLossAnalysis.Run(goldDir, held, withBoth));
            foreach (var (keep, add) in ThresholdGrid)
            {
                var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = tagger, RelationClassifier = classifier.WithThresholds(keep, add) });
                var report = await CorpusEvaluator.EvaluateAsync(goldDir, held, analyzer, cancellationToken: cancellationToken).ConfigureAwait(false);
                thresholds[(keep, add)] = thresholds.GetValueOrDefault((keep, add), FieldScore.Zero) + report.Investments;
            }
        }
        return new CrossValidationResult(rules, tagged, learned) { Thresholds = thresholds, Losses = losses };
    }
}

/// <summary>
/// The per-fold reports of a cross-validation: the hand rules alone, the rules with the fold's company tagger, and
/// with the fold's tagger and relation classifier.
/// </summary>
public sealed record CrossValidationResult(IReadOnlyList<EvaluationReport> RulesOnly, IReadOnlyList<EvaluationReport> WithTagger, IReadOnlyList<EvaluationReport> WithModels)
{
    /// <summary>Investments over all folds (micro-averaged) for each pair of relation thresholds of <see cref="CrossValidation.ThresholdGrid"/>.</summary>
    public IReadOnlyDictionary<(float Keep, float Add), FieldScore> Thresholds { get; init; } = new Dictionary<(float, float), FieldScore>();

    /// <summary>What became of every required gold pair of the held-out folds under the fold's models.</summary>
    public IReadOnlyList<RelationLoss> Losses { get; init; } = [];
}
