using System.Globalization;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

/// <summary>
/// The segmenter's quality on the shared segmented corpus (../shared/data/segmentation/train-gold-dev.txt): every
/// tenth non-empty line is held out (<see cref="SegmentationCorpus.IsHeldOut"/>), the model is trained on the rest.
/// Ignored when the shared data is absent.
/// </summary>
public class SegmentationHeldOutTests
{
    private const double F1Floor = 0.97;

    private static List<string> CorpusLines() =>
        File.ReadLines(TestPaths.SharedData("segmentation", "train-gold-dev.txt")).ToList();

    [Test]
    public void Shipped_model_reaches_the_F1_floor_on_the_held_out_lines()
    {
        var (_, heldOut) = SegmentationCorpus.Split(CorpusLines());
        var score = SegmentationCorpus.Evaluate(new PerceptronWordSegmenter(), heldOut);
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"held-out word F1 {score.F1:F4} (P {score.Precision:F4}, R {score.Recall:F4}) on {score.Sentences} lines, {score.Gold} gold words"));
        Assert.That(score.F1, Is.GreaterThanOrEqualTo(F1Floor));
    }

    [Test]
    public void Retraining_from_the_training_lines_reproduces_the_shipped_weights()
    {
        var (training, heldOut) = SegmentationCorpus.Split(CorpusLines());
        var lexicons = SegmentationModel.LexiconFiles.Select(SegmentationModel.ReadLexicon).ToList();
        using var weights = new StringWriter(CultureInfo.InvariantCulture);
        var model = SegmenterTrainer.Train(training, lexicons, weights);
        var score = SegmentationCorpus.Evaluate(new PerceptronWordSegmenter(model), heldOut);
        Assert.That(score.F1, Is.GreaterThanOrEqualTo(F1Floor));

        var shipped = File.ReadLines(Path.Combine(TestPaths.RepoRoot, "models", "segmentation", "weights.tsv")).Where(l => !l.StartsWith('#'));
        var retrained = weights.ToString().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#'));
        Assert.That(retrained, Is.EqualTo(shipped), "models/segmentation/weights.tsv is what 'vntech segmenter train' writes");
    }

    [Test]
    public void The_split_holds_out_every_tenth_line()
    {
        var lines = Enumerable.Range(0, 25).Select(i => $"l{i}").Append("").ToList();
        var (training, heldOut) = SegmentationCorpus.Split(lines);
        Assert.That(heldOut, Is.EqualTo(new[] { "l9", "l19" }));
        Assert.That(training, Has.Count.EqualTo(23));
    }

    [TestCase("Công_ty đầu_tư .", "Công ty đầu tư .", new[] { 0, 7, 8, 14, 15, 16 })]
    public void Parses_gold_lines(string line, string text, int[] bounds)
    {
        var gold = SegmentationCorpus.Parse(line);
        Assert.That(gold.Text, Is.EqualTo(text));
        Assert.That(gold.Words.SelectMany(w => new[] { w.Start, w.End }), Is.EqualTo(bounds));
    }
}
