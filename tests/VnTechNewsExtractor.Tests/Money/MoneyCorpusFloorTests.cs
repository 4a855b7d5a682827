using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Tests.Money;

/// <summary>The money floor of issue 5 on the shared dev corpus, scored as <c>vntech evaluate</c> scores it.</summary>
public class MoneyCorpusFloorTests
{
    private const double Floor = 0.97;

    [Test]
    public async Task Money_F1_on_the_dev_corpus_is_at_least_the_floor()
    {
        var dir = TestPaths.SharedData("corpus", "dev");
        var analyzer = new ArticleAnalyzer();
        var scores = new List<ArticleScore>();
        foreach (var path in Directory.EnumerateFiles(dir, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var gold = GoldArticle.Load(path);
            var analysis = await analyzer.AnalyzeFileAsync(Path.Combine(dir, gold.File));
            scores.Add(Scorer.Score(gold, analysis));
        }
        var money = new EvaluationReport(scores).Money;
        TestContext.Out.WriteLine($"money P {money.Precision:F3} R {money.Recall:F3} F1 {money.F1:F3}");
        Assert.That(money.F1, Is.GreaterThanOrEqualTo(Floor));
    }
}
