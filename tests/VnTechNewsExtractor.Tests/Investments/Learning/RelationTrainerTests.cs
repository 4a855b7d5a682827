using VnTechNewsExtractor.Investments.Learning;

namespace VnTechNewsExtractor.Tests.Investments.Learning;

public class RelationTrainerTests
{
    private static readonly AnnotatedPassage[] Passages =
    [
        new() { Id = "a", Text = "Quỹ Lotus Ventures đầu tư 3 triệu USD vào startup Lumi Pay.", Relations = [new() { Investor = "Lotus Ventures", Investee = "Lumi Pay" }] },
        new() { Id = "b", Text = "Ngân hàng Gia Định cho Công ty Ánh Dương vay 500 tỷ đồng, sau đó Kite Labs đầu tư vào Ánh Dương.", Relations = [new() { Investor = "Kite Labs", Investee = "Ánh Dương" }] },
        new() { Id = "c", Text = "Tập đoàn Sông Hồng mua lại startup Mây Xanh AI; Kite Labs là đối tác của Sông Hồng.", Relations = [new() { Investor = "Sông Hồng", Investee = "Mây Xanh AI" }] },
    ];

    [Test]
    public void Candidate_pairs_are_labelled_from_the_annotations()
    {
        var rows = RelationTrainer.Rows(Passages);
        Assert.That(rows, Has.Some.Matches<RelationFeatures>(r => r.Label));
        Assert.That(rows, Has.Some.Matches<RelationFeatures>(r => !r.Label), "other pairings of a sentence are negatives");
        Assert.That(rows.Select(r => r.Numeric.Length), Has.All.EqualTo(RelationFeatures.NumericCount));
    }

    [Test]
    public void A_trained_model_saves_loads_and_scores_the_same()
    {
        var classifier = RelationTrainer.Train(Passages);
        using var stream = new MemoryStream();
        classifier.Save(stream);
        stream.Position = 0;
        var loaded = RelationClassifier.Load(stream);
        var row = RelationTrainer.Rows(Passages)[0];
        Assert.That(loaded.Score(row), Is.EqualTo(classifier.Score(row)).Within(1e-5));
        Assert.That(loaded.Score(row), Is.InRange(0f, 1f));
    }

    [Test]
    public void Evaluation_counts_pairs_found_and_predicted()
    {
        var score = RelationTrainer.Evaluate(Passages, classifier: null);
        Assert.That(score.Gold, Is.EqualTo(3));
        Assert.That(score.TruePositives, Is.EqualTo(3));
        Assert.That(score.Predicted, Is.EqualTo(3));
    }

    [Test]
    public void A_broken_line_is_reported_with_file_and_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"id\": \"ok\", \"text\": \"x\"}", "{not json"]);
            var ex = Assert.Throws<InvalidDataException>(() => AnnotatedPassage.Load(path));
            Assert.That(ex!.Message, Does.Contain(path + ":2"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void The_shipped_training_data_loads_and_is_annotated()
    {
        var train = AnnotatedPassage.Load(Path.Combine(TestPaths.RepoRoot, "models", "training", "relations-train.jsonl"));
        var test = AnnotatedPassage.Load(Path.Combine(TestPaths.RepoRoot, "models", "training", "relations-test.jsonl"));
        Assert.That(train, Has.Count.GreaterThanOrEqualTo(250));
        Assert.That(test, Has.Count.GreaterThanOrEqualTo(80));
        Assert.That(train.Select(p => p.Text).Intersect(test.Select(p => p.Text)), Is.Empty, "held-out passages are not training passages");
    }

    /// <summary>The held-out passages (written by the team, never tuned on) measure the hand rules; floor below the measured 0.857.</summary>
    [Test]
    public void The_rules_reach_the_floor_on_the_held_out_passages()
    {
        var test = AnnotatedPassage.Load(Path.Combine(TestPaths.RepoRoot, "models", "training", "relations-test.jsonl"));
        var score = RelationTrainer.Evaluate(test, classifier: null);
        TestContext.Out.WriteLine($"held-out relations: P {score.Precision:F3} R {score.Recall:F3} F1 {score.F1:F3}");
        Assert.That(score.F1, Is.GreaterThanOrEqualTo(0.83));
        Assert.That(score.Precision, Is.GreaterThanOrEqualTo(0.9));
    }
}
