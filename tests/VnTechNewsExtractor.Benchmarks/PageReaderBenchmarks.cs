using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Benchmarks;

/// <summary>
/// Reading a real-size page: AngleSharp's parse alone (the floor), our reader (parse + site or generic reader +
/// metadata), and SmartReader (a Readability port, also on AngleSharp). The pages are the shared saved pages,
/// loaded at run time; the budget is our reader at most 1.2× the parse alone.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 3, warmupCount: 5, iterationCount: 15)]
[MedianColumn]
[MinColumn]
public class PageReaderBenchmarks
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
    private readonly HtmlArticleReader _reader = new();
    private string _html = "";
    private string _url = "";

    /// <summary>A shared page: four Vietnamese articles and a long English benchmark page.</summary>
    [Params("vnexpress_article", "tuoitre_article", "dantri_article", "cafef_article", "benchmark-longest")]
    public string Page { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        (_html, _url) = BenchmarkPages.Load(Page);
    }

    [Benchmark(Baseline = true)]
    public int AngleSharpParse()
    {
        using var doc = Parser.ParseDocument(_html);
        return doc.All.Length;
    }

    [Benchmark]
    public int OurReader() => _reader.Read(_html, _url).Paragraphs.Count;

    [Benchmark]
    public int SmartReader()
    {
        // Reader(uri, text) reads the given text (ParseArticle(uri, text) would fetch the URI).
        using var reader = new global::SmartReader.Reader(_url, _html);
        return reader.GetArticle().TextContent?.Length ?? 0;
    }
}
