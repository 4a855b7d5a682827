namespace VnTechNewsExtractor.Evaluation;

/// <summary>Analyses the articles of a gold folder and scores them.</summary>
public static class CorpusEvaluator
{
    /// <summary>The gold files of <paramref name="goldDir"/>, in name order.</summary>
    public static List<GoldArticle> LoadGold(string goldDir) =>
        Directory.EnumerateFiles(goldDir, "*.gold.json").Order(StringComparer.Ordinal).Select(GoldArticle.Load).ToList();

    /// <summary>
    /// The gold files of <paramref name="goldDir"/> in split <paramref name="split"/> of <paramref name="corpusSplit"/>,
    /// in name order; every gold file when <paramref name="split"/> is null.
    /// </summary>
    public static List<GoldArticle> LoadGold(string goldDir, CorpusSplit? corpusSplit, string? split)
    {
        var all = LoadGold(goldDir);
        if (split is null) return all;
        ArgumentNullException.ThrowIfNull(corpusSplit);
        return all.Where(g => corpusSplit.SplitOf(g.File) == split).ToList();
    }

    /// <summary>
    /// Scores each gold article of <paramref name="goldDir"/>: against <paramref name="records"/> (keyed by file name)
    /// when given, else against <paramref name="analyzer"/>'s analysis of the article file beside the gold file.
    /// </summary>
    public static Task<EvaluationReport> EvaluateAsync(string goldDir, ArticleAnalyzer analyzer, IReadOnlyDictionary<string, ArticleAnalysis>? records = null,
        Action<string>? warn = null, CancellationToken cancellationToken = default) =>
        EvaluateAsync(goldDir, LoadGold(goldDir), analyzer, records, warn, cancellationToken);

    /// <summary>Scores the articles of <paramref name="golds"/> (gold files of <paramref name="goldDir"/>) as the overload above.</summary>
    public static async Task<EvaluationReport> EvaluateAsync(string goldDir, IEnumerable<GoldArticle> golds, ArticleAnalyzer analyzer,
        IReadOnlyDictionary<string, ArticleAnalysis>? records = null, Action<string>? warn = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentNullException.ThrowIfNull(analyzer);
        var scores = new List<ArticleScore>();
        foreach (var gold in golds)
        {
            ArticleAnalysis analysis;
            if (records is not null)
            {
                if (!records.TryGetValue(gold.File, out var found))
                {
                    warn?.Invoke($"no record for {gold.File}; scored as empty");
                    found = new ArticleAnalysis { Source = gold.File };
                }
                analysis = found;
            }
            else analysis = await analyzer.AnalyzeFileAsync(Path.Combine(goldDir, gold.File), cancellationToken).ConfigureAwait(false);
            foreach (var e in analysis.Errors) warn?.Invoke($"{e.Code}: {e.Message}");
            scores.Add(Scorer.Score(gold, analysis));
        }
        return new EvaluationReport(scores);
    }
}
