using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Investments;
using VnTechNewsExtractor.Investments.Learning;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Evaluation;

/// <summary>
/// Follows each required gold investment pair through the pipeline to the stage that lost it: a party the recognisers
/// did not find, a pair no candidate generator proposed, or a candidate the rules or the classifier rejected. The counts
/// say which layer to improve; the scorer's F1 alone does not.
/// </summary>
public static class RelationLossAnalysis
{
    /// <summary>The fate of every required gold pair of <paramref name="golds"/> (gold files of <paramref name="goldDir"/>) under <paramref name="analyzer"/>.</summary>
    public static List<RelationLoss> Run(string goldDir, IEnumerable<GoldArticle> golds, ArticleAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(golds);
        ArgumentNullException.ThrowIfNull(analyzer);
        var result = new List<RelationLoss>();
        var extractor = new InvestmentExtractor();
        foreach (var gold in golds)
        {
            var content = PlainTextArticleReader.Read(File.ReadAllText(Path.Combine(goldDir, gold.File)));
            var analysis = analyzer.Analyze(content, gold.File, out var doc);
            var names = new NameMatcher(gold.Aliases);
            var candidates = extractor.Candidates(doc, out var parties, all: true, forTraining: false);
            var context = RelationContext.Of(doc, candidates);
            var present = parties.Select(p => names.Key(p.Name))
                .Concat(doc.NameCandidates.Select(m => names.Key(m.Name)))
                .Concat(analysis.Companies.SelectMany(c => c.Aliases.Prepend(c.Name)).Select(names.Key))
                .ToHashSet(StringComparer.Ordinal);
            var proposed = candidates.Select(c => (names.Key(c.Investor.Name), names.Key(c.Investee.Name))).ToHashSet();
            var found = analysis.Investments.GroupBy(i => (names.Key(i.Investor), names.Key(i.Investee))).ToDictionary(g => g.Key, g => g.ToList());
            foreach (var g in gold.Investments.DistinctBy(i => (names.Key(i.Investor), names.Key(i.Investee))))
            {
                var pair = (names.Key(g.Investor), names.Key(g.Investee));
                bool? carried = g.Amounts is { Count: > 0 } ? false : null;
                RelationLossStage stage;
                if (found.TryGetValue(pair, out var relations))
                {
                    stage = RelationLossStage.Found;
                    if (carried is not null)
                        carried = relations.Any(r => r.Amount?.Value is { } v && (g.Currency is null || string.Equals(g.Currency, r.Amount.Currency, StringComparison.OrdinalIgnoreCase))
                                                     && g.Amounts!.Any(a => Scorer.Close(a, v)));
                }
                else
                {
                    bool investor = present.Contains(pair.Item1), investee = present.Contains(pair.Item2);
                    stage = (investor, investee) switch
                    {
                        (false, false) => RelationLossStage.BothMissing,
                        (false, true) => RelationLossStage.InvestorMissing,
                        (true, false) => RelationLossStage.InvesteeMissing,
                        _ => proposed.Contains(pair) ? RelationLossStage.Rejected : RelationLossStage.NoCandidate,
                    };
                }
                string? detail = stage switch
                {
                    RelationLossStage.Found when carried == false => "amount " + string.Join(" | ", relations!.Select(r => r.Amount?.Text ?? "none"))
                        + " for " + string.Join(", ", g.Amounts!.Select(a => a.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " " + g.Currency,
                    RelationLossStage.NoCandidate => Distance(doc, parties, names, pair),
                    RelationLossStage.Rejected when analyzer.Options.RelationClassifier is { } classifier => BestScore(doc, candidates, parties, context, names, pair, classifier),
                    _ => null,
                };
                result.Add(new RelationLoss(gold.File, g.Investor, g.Investee, g.Kind, stage, carried, detail));
            }
        }
        return result;
    }

    /// <summary>How near the pair's mentions come: "same sentence" or "N sentences apart".</summary>
    private static string Distance(Document doc, List<Party> parties, NameMatcher names, (string, string) pair)
    {
        var mentions = parties.Select(p => (Key: names.Key(p.Name), p.Span)).Concat(doc.NameCandidates.Select(m => (Key: names.Key(m.Name), m.Span))).ToList();
        int SentenceOf(TextSpan span) => doc.Sentences.Count(s => s.Start <= span.Start) - 1;
        var a = mentions.Where(m => m.Key == pair.Item1).Select(m => SentenceOf(m.Span)).ToList();
        var b = mentions.Where(m => m.Key == pair.Item2).Select(m => SentenceOf(m.Span)).ToList();
        if (a.Count == 0 || b.Count == 0) return "only as an alias";
        int nearest = a.SelectMany(x => b.Select(y => Math.Abs(x - y))).Min();
        return nearest == 0 ? "same sentence" : nearest == 1 ? "1 sentence apart" : $"{nearest} sentences apart";
    }

    /// <summary>The classifier's best score over the pair's candidates.</summary>
    private static string BestScore(Document doc, List<RelationCandidate> candidates, List<Party> parties, RelationContext context, NameMatcher names, (string, string) pair, RelationClassifier classifier)
    {
        var best = candidates.Where(c => (names.Key(c.Investor.Name), names.Key(c.Investee.Name)) == pair)
            .Max(c => classifier.Score(RelationFeatureExtractor.Features(doc, c, parties, context)));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"score {best:F2}");
    }
}
