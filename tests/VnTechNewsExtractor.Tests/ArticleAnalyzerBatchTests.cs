namespace VnTechNewsExtractor.Tests;

/// <summary>Folder analysis: input order, progress after every file, cancellation.</summary>
public class ArticleAnalyzerBatchTests
{
    private sealed class Recorder : IProgress<AnalysisProgress>
    {
        public List<AnalysisProgress> Reports { get; } = [];

        public void Report(AnalysisProgress value) => Reports.Add(value);
    }

    [Test]
    public async Task Progress_is_reported_after_each_file_in_input_order()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxParallelism = 3 });
        var progress = new Recorder();
        var sources = new List<string>();
        await foreach (var record in analyzer.AnalyzeFolderAsync(TestPaths.Samples, progress)) sources.Add(record.Source);

        var expected = analyzer.EnumerateArticleFiles(TestPaths.Samples).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(sources, Is.EqualTo(expected), "records in input order");
            Assert.That(progress.Reports.Select(r => r.FilesDone), Is.EqualTo(Enumerable.Range(1, expected.Count)));
            Assert.That(progress.Reports.Select(r => r.LastSource), Is.EqualTo(expected));
            Assert.That(progress.Reports, Has.All.Matches<AnalysisProgress>(r => r.FilesTotal == expected.Count && r.FilesWithErrors == 0));
            Assert.That(progress.Reports[^1].Fraction, Is.EqualTo(1.0));
        });
    }

    [Test]
    public async Task Files_with_errors_are_counted_and_the_total_is_unknown_for_a_lazy_list()
    {
        var analyzer = new ArticleAnalyzer();
        var progress = new Recorder();
        var missing = Path.Combine(TestPaths.Samples, "no-such-article.html");
        IEnumerable<string> Lazy()
        {
            yield return missing;
            foreach (var f in analyzer.EnumerateArticleFiles(TestPaths.Samples).Take(2)) yield return f;
        }
        await foreach (var _ in analyzer.AnalyzeFilesAsync(Lazy(), progress))
        {
        }
        Assert.That(progress.Reports.Select(r => (r.FilesDone, r.FilesTotal, r.FilesWithErrors)),
            Is.EqualTo(new (int, int?, int)[] { (1, null, 1), (2, null, 1), (3, null, 1) }));
        Assert.That(progress.Reports[0].Fraction, Is.Null);
    }

    [Test]
    public void Cancellation_stops_the_batch()
    {
        var analyzer = new ArticleAnalyzer();
        using var cancel = new CancellationTokenSource();
        Assert.That(async () =>
        {
            await foreach (var _ in analyzer.AnalyzeFolderAsync(TestPaths.Samples, null, cancel.Token)) cancel.Cancel();
        }, Throws.InstanceOf<OperationCanceledException>());
    }

    // One analyzer shared by many threads gives each article the record it gets alone: no state leaks between calls.
    [Test]
    public async Task One_analyzer_shared_by_many_threads_gives_the_same_records_as_alone()
    {
        var analyzer = new ArticleAnalyzer();
        var files = analyzer.EnumerateArticleFiles(TestPaths.Samples).ToList();
        var alone = new Dictionary<string, string>();
        foreach (var f in files) alone[f] = Json(await analyzer.AnalyzeFileAsync(f));

        var jobs = Enumerable.Range(0, 64).Select(i => files[i % files.Count]).ToList();
        var shared = await Task.WhenAll(jobs.Select(f => Task.Run(async () => (f, Json(await analyzer.AnalyzeFileAsync(f))))));
        foreach (var (file, json) in shared) Assert.That(json, Is.EqualTo(alone[file]), file);
    }

    private static string Json(ArticleAnalysis a) => VnTechNewsExtractor.Serialization.ArticleJson.Serialize(a);

    [Test]
    public async Task A_page_from_a_stream_is_read_with_the_charset_given_and_the_file_limits()
    {
        // The team's windows-1258 page with its own declaration changed to utf-8: only the charset given decodes it.
        var fixture = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Pages", "Fixtures", "legacy-windows-1258.html"));
        var bytes = System.Text.Encoding.Latin1.GetBytes(System.Text.Encoding.Latin1.GetString(fixture).Replace("charset=windows-1258", "charset=utf-8", StringComparison.Ordinal));
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxFileBytes = 8192 });

        var read = await analyzer.AnalyzeHtmlAsync(new MemoryStream(bytes), "stream:1", "windows-1258");
        Assert.That(read.Title, Is.EqualTo("Công ty Thép Bắc Hà tăng vốn lên 900 tỷ đồng"), "decoded as windows-1258");
        Assert.That(read.Money.Select(m => m.Value), Does.Contain(900_000_000_000m));

        var tooBig = await analyzer.AnalyzeHtmlAsync(new MemoryStream(new byte[9000]), "stream:2");
        Assert.That(tooBig.Errors.Select(e => e.Code), Is.EqualTo(new[] { ExtractionErrorCodes.Limit }));
        Assert.That(tooBig.Errors[0].Message, Does.StartWith("stream:2: "));

        var empty = await analyzer.AnalyzeHtmlAsync(new MemoryStream(), "stream:3");
        Assert.That(empty.Errors.Select(e => e.Code), Is.EqualTo(new[] { ExtractionErrorCodes.Format }));
    }
}
