using VnTechNewsExtractor.Companies.Learning;
using VnTechNewsExtractor.Evaluation;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>Trains and measures the <see cref="RelationClassifier"/> on annotated passages.</summary>
public static class RelationTrainer
{
    /// <summary>
    /// The labelled candidate pairs of <paramref name="passages"/>, as the hand rules and the sentence's other pairings
    /// propose them, with the companies <paramref name="tagger"/> finds (the rules' when null).
    /// </summary>
    public static List<RelationFeatures> Rows(IEnumerable<AnnotatedPassage> passages, CompanyTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = tagger, RelationClassifier = null });
        var extractor = new InvestmentExtractor();
        var rows = new List<RelationFeatures>();
        foreach (var passage in passages)
        {
            var doc = analyzer.Annotate(new ArticleContent { IsArticle = true, Paragraphs = [passage.Text] });
            var candidates = extractor.Candidates(doc, out var parties, all: true, forTraining: true);
            var context = RelationContext.Of(doc, candidates);
            foreach (var c in candidates)
            {
                var features = RelationFeatureExtractor.Features(doc, c, parties, context);
                features.Label = passage.Relations.Any(r => SameName(r.Investor, c.Investor.Name) && SameName(r.Investee, c.Investee.Name));
                rows.Add(features);
            }
        }
        return rows;
    }

    /// <summary>
    /// The labelled candidate pairs of one gold article (its text file beside the gold file in <paramref name="goldDir"/>),
    /// with the companies <paramref name="tagger"/> finds (the rules' when null):
    /// a pair is a relation when the gold lists it among the investments, and is left out when the gold calls it optional.
    /// </summary>
    public static List<RelationFeatures> Rows(string goldDir, GoldArticle gold, CompanyTagger? tagger)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { CompanyTagger = tagger, RelationClassifier = null });
        var doc = analyzer.Annotate(PlainTextArticleReader.Read(File.ReadAllText(Path.Combine(goldDir, gold.File))));
        var names = new NameMatcher(gold.Aliases);
        var relations = gold.Investments.Select(i => (names.Key(i.Investor), names.Key(i.Investee))).ToHashSet();
        var optional = gold.OptionalInvestments.Select(i => (names.Key(i.Investor), names.Key(i.Investee))).ToHashSet();
        var rows = new List<RelationFeatures>();
        var candidates = new InvestmentExtractor().Candidates(doc, out var parties, all: true, forTraining: true);
        var context = RelationContext.Of(doc, candidates);
        foreach (var c in candidates)
        {
            var pair = (names.Key(c.Investor.Name), names.Key(c.Investee.Name));
            if (optional.Contains(pair)) continue;
            var features = RelationFeatureExtractor.Features(doc, c, parties, context);
            features.Label = relations.Contains(pair);
            rows.Add(features);
        }
        return rows;
    }

    /// <summary>Trains a classifier on the candidate pairs of <paramref name="passages"/>.</summary>
    public static RelationClassifier Train(IEnumerable<AnnotatedPassage> passages) => RelationClassifier.Train(Rows(passages));

    /// <summary>Pair-level precision and recall of the analyzer (with <paramref name="classifier"/>, or the rules alone when null) on <paramref name="passages"/>.</summary>
    public static FieldScore Evaluate(IEnumerable<AnnotatedPassage> passages, RelationClassifier? classifier)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { RelationClassifier = classifier });
        var total = FieldScore.Zero;
        foreach (var passage in passages)
        {
            var analysis = analyzer.Analyze(new ArticleContent { IsArticle = true, Paragraphs = [passage.Text] }, passage.Id);
            var predicted = analysis.Investments.Select(i => (i.Investor, i.Investee)).Distinct().ToList();
            var gold = passage.Relations.Select(r => (r.Investor, r.Investee)).Distinct().ToList();
            int hits = predicted.Count(p => gold.Any(g => SameName(g.Investor, p.Investor) && SameName(g.Investee, p.Investee)));
            int found = gold.Count(g => predicted.Any(p => SameName(g.Investor, p.Investor) && SameName(g.Investee, p.Investee)));
            total += new FieldScore(found, predicted.Count, gold.Count) { PrecisionHits = hits };
        }
        return total;
    }

    /// <summary>Names match as the scorer compares them, or when one is the other's proper part ("Thương mại Hoa Sen" / "Hoa Sen").</summary>
    private static bool SameName(string annotated, string predicted)
    {
        var a = NameMatcher.Normalize(annotated);
        var p = NameMatcher.Normalize(predicted);
        return a == p || a.EndsWith(" " + p, StringComparison.Ordinal) || p.EndsWith(" " + a, StringComparison.Ordinal);
    }
}
