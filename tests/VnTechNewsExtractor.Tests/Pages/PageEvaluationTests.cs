using VnTechNewsExtractor.Cli;
using VnTechNewsExtractor.Pages.Evaluation;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>
/// The reader's floors on the shared data (ignored when ../shared is absent). The floors are what the reader
/// reached when they were set, a little below the measured values so that noise does not fail CI:
/// extraction benchmark body F1 0.978 (precision 0.973, recall 0.983); gold pages all right with body F1 1.0.
/// </summary>
public class PageEvaluationTests
{
    [Test]
    public void Extraction_benchmark_body_scores_stay_above_their_floors()
    {
        var report = ExtractionBenchmark.Run(TestPaths.SharedData("extraction-benchmark"));
        Assert.Multiple(() =>
        {
            Assert.That(report.Pages, Has.Count.EqualTo(91));
            Assert.That(report.F1, Is.GreaterThanOrEqualTo(0.975), "body F1 (the issue's floor is 0.955)");
            Assert.That(report.Precision, Is.GreaterThanOrEqualTo(0.97), "body precision");
            Assert.That(report.Recall, Is.GreaterThanOrEqualTo(0.98), "body recall");
        });
    }

    [Test]
    public void Gold_pages_are_read_right()
    {
        var report = GoldPages.Run(TestPaths.SharedData("pages"));
        var mistakes = string.Join("\n", report.Pages.SelectMany(p => p.Mistakes.Select(m => $"{p.Id}: {m}").Concat(p.Leaks.Select(l => $"{p.Id}: leaked {l}"))));
        Assert.Multiple(() =>
        {
            Assert.That(report.Pages, Has.Count.EqualTo(8));
            Assert.That(report.TitlesCorrect, Is.EqualTo(report.Pages.Count), mistakes);
            Assert.That(report.DatesCorrect, Is.EqualTo(report.Pages.Count), mistakes);
            Assert.That(report.IsArticleCorrect, Is.EqualTo(report.Pages.Count), mistakes);
            Assert.That(report.LeakFree, Is.EqualTo(report.Pages.Count), mistakes);
            Assert.That(report.Body.F1, Is.GreaterThanOrEqualTo(0.99), "body F1 (the issue's floor is 0.98)");
            Assert.That(report.Pages.Min(p => p.Body.F1), Is.GreaterThanOrEqualTo(0.98), "every page's body F1");
        });
    }

    [Test]
    public async Task The_evaluate_pages_verb_checks_floors()
    {
        var pages = TestPaths.SharedData("pages");
        var output = new StringWriter();
        var error = new StringWriter();
        int ok = await Program.RunAsync(["evaluate-pages", "--pages", pages, "--min", "pages.body.f1=0.98", "--min", "pages.title=1"], new StringReader(""), output, error);
        int below = await Program.RunAsync(["evaluate-pages", "--pages", pages, "--min", "pages.body.f1=1.01"], new StringReader(""), new StringWriter(), error);
        int usage = await Program.RunAsync(["evaluate-pages", "--pages", pages, "--min", "nonsense"], new StringReader(""), new StringWriter(), new StringWriter());
        Assert.Multiple(() =>
        {
            Assert.That(ok, Is.EqualTo(Program.Success), output.ToString() + error);
            Assert.That(output.ToString(), Does.Contain("title 8/8"));
            Assert.That(below, Is.EqualTo(Program.SomeInputsFailed));
            Assert.That(error.ToString(), Does.Contain("BELOW FLOOR"));
            Assert.That(usage, Is.EqualTo(Program.UsageError));
        });
    }
}
