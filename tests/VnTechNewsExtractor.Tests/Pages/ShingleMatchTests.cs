using VnTechNewsExtractor.Pages.Evaluation;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>The benchmark's shingle metric, checked against values worked out by hand from its evaluate.py.</summary>
public class ShingleMatchTests
{
    [Test]
    public void Identical_texts_score_one()
    {
        var m = ShingleMatch.Compare("một hai ba bốn năm", "một, hai; ba bốn năm!");
        Assert.That((m.Precision, m.Recall), Is.EqualTo((1.0, 1.0)));
    }

    [Test]
    public void Extra_text_lowers_precision_only()
    {
        // truth: 2 shingles; prediction: the same 2 plus 2 more → tp 2, fp 2, fn 0.
        var m = ShingleMatch.Compare("a b c d e", "a b c d e f g");
        Assert.Multiple(() =>
        {
            Assert.That(m.Precision, Is.EqualTo(0.5).Within(1e-9));
            Assert.That(m.Recall, Is.EqualTo(1.0));
        });
    }

    [Test]
    public void An_empty_prediction_is_skipped_for_precision_and_zero_for_recall()
    {
        var m = ShingleMatch.Compare("a b c d e", "");
        Assert.Multiple(() =>
        {
            Assert.That(m.HasPrediction, Is.False);
            Assert.That(m.Recall, Is.EqualTo(0));
        });
        var report = new ExtractionBenchmarkReport([new PageMatch("x", m), new PageMatch("y", ShingleMatch.Compare("a b c d", "a b c d"))], TimeSpan.Zero);
        Assert.Multiple(() =>
        {
            Assert.That(report.Precision, Is.EqualTo(1.0), "pages without a prediction do not count for precision");
            Assert.That(report.Recall, Is.EqualTo(0.5));
        });
    }
}
