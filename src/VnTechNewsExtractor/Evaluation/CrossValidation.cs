using VnTechNewsExtractor.Investments.Learning;

namespace VnTechNewsExtractor.Evaluation;

/// <summary>
/// K-fold cross-validation of the learned parts over a gold corpus: each fold's articles are scored by an analyzer
/// whose model was trained on the other folds only, beside the rules alone on the same articles.
/// </summary>
public static class CrossValidation
{
    /// <summary>
    /// Runs <paramref name="folds"/>-fold cross-validation over <paramref name="golds"/> (gold files of
    /// <paramref name="goldDir"/>). Articles are dealt to folds in an order shuffled with <paramref name="seed"/>.
    /// </summary>
    public static async Task<CrossValidationResult> RunAsync(string goldDir, IReadOnlyList<GoldArticle> golds, int folds, int seed = 1,
        IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        if (golds.Count < folds) throw new ArgumentException($"{golds.Count} articles cannot be dealt to {folds} folds", nameof(golds));
        var order = golds.OrderBy(g => g.File, StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(order);
        var foldOf = order.Select((g, i) => (g.File, Fold: i % folds)).ToDictionary(x => x.File, x => x.Fold, StringComparer.Ordinal);
        var rows = golds.ToDictionary(g => g.File, g => RelationTrainer.Rows(goldDir, g), StringComparer.Ordinal);

        var rules = new List<EvaluationReport>();
        var learned = new List<EvaluationReport>();
        var rulesAnalyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { RelationClassifier = null });
        for (int fold = 0; fold < folds; fold++)
        {
            var held = golds.Where(g => foldOf[g.File] == fold).ToList();
            var training = golds.Where(g => foldOf[g.File] != fold).SelectMany(g => rows[g.File]).ToList();
            progress?.Report($"fold {fold + 1}/{folds}: training on {training.Count} candidate pairs ({training.Count(r => r.Label)} relations), scoring {held.Count} articles");
            var classifier = RelationClassifier.Train(training);
            rules.Add(await CorpusEvaluator.EvaluateAsync(goldDir, held, rulesAnalyzer, cancellationToken: cancellationToken).ConfigureAwait(false));
            var model = new ArticleAnalyzer(new ArticleAnalyzerOptions { RelationClassifier = classifier });
            learned.Add(await CorpusEvaluator.EvaluateAsync(goldDir, held, model, cancellationToken: cancellationToken).ConfigureAwait(false));
        }
        return new CrossValidationResult(rules, learned);
    }
}

/// <summary>The per-fold reports of a cross-validation, for the rules alone and for the rules with the fold's model.</summary>
public sealed record CrossValidationResult(IReadOnlyList<EvaluationReport> RulesOnly, IReadOnlyList<EvaluationReport> WithModel);
