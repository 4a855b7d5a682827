using System.Globalization;
using System.Text.Json;
using VnTechNewsExtractor.Pages;
using VnTechNewsExtractor.Pages.Evaluation;

namespace VnTechNewsExtractor.Benchmarks;

/// <summary>
/// Quality side by side (<c>-- --quality</c>): body precision/recall/F1 of our reader and of SmartReader on the
/// extraction benchmark and on the shared gold pages, with the time each spent per page (single run, not a benchmark).
/// </summary>
public static class ReaderQuality
{
    public static void Run(TextWriter o)
    {
        var benchmark = BenchmarkData.Shared("extraction-benchmark");
        var reader = new HtmlArticleReader();
        var ours = ExtractionBenchmark.Run(benchmark, (bytes, url) => ExtractionBenchmark.BodyOf(reader.Read(bytes, null, url)));
        var smart = ExtractionBenchmark.Run(benchmark, (bytes, url) => SmartText(PageDecoder.Decode(bytes, null, "page").Text, url));
        o.WriteLine("Extraction benchmark (91 pages), body 4-shingle metric:");
        Line(o, "VnTechNewsExtractor", ours);
        Line(o, "SmartReader 0.11.1", smart);

        var pages = BenchmarkData.Shared("pages");
        var ourPages = new List<PageMatch>();
        var smartPages = new List<PageMatch>();
        foreach (var goldPath in Directory.GetFiles(pages, "*.gold.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            var g = gold.RootElement;
            var id = g.GetProperty("id").GetString()!;
            var truth = string.Join("\n\n", g.GetProperty("body").EnumerateArray().Select(p => p.GetString()));
            var bytes = File.ReadAllBytes(Path.Combine(pages, g.GetProperty("file").GetString()!));
            var url = g.GetProperty("url").GetString() ?? "https://example.com/";
            ourPages.Add(new PageMatch(id, ShingleMatch.Compare(truth, string.Join("\n\n", reader.Read(bytes, null, url).Paragraphs))));
            // SmartReader has no notion of a list page: it always returns some text; the gold body of a list page is empty.
            smartPages.Add(new PageMatch(id, ShingleMatch.Compare(truth, SmartText(PageDecoder.Decode(bytes, null, "page").Text, url))));
        }
        o.WriteLine("Shared gold pages (8: 4 articles, 4 lists), body paragraphs:");
        Line(o, "VnTechNewsExtractor", new ExtractionBenchmarkReport(ourPages, TimeSpan.Zero));
        Line(o, "SmartReader 0.11.1", new ExtractionBenchmarkReport(smartPages, TimeSpan.Zero));
        foreach (var (a, b) in ourPages.Zip(smartPages))
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {a.Id,-20} ours F1 {a.F1:F3}  SmartReader F1 {b.F1:F3} (P {b.Match.Precision:F3} R {b.Match.Recall:F3})"));
    }

    private static string SmartText(string html, string? url)
    {
        try
        {
            // Reader(uri, text) reads the given text; ParseArticle(uri, text) would take the text for a user agent and fetch the URI.
            using var smart = new SmartReader.Reader(url ?? "https://example.com/", html);
            var article = smart.GetArticle();
            return article.IsReadable ? article.TextContent ?? "" : "";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"SmartReader failed on {url}: {ex.GetType().Name}: {ex.Message}");
            return "";
        }
    }

    private static void Line(TextWriter o, string name, ExtractionBenchmarkReport r) =>
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-22} precision {r.Precision:F4}  recall {r.Recall:F4}  F1 {r.F1:F4}  ({r.Elapsed.TotalMilliseconds / Math.Max(1, r.Pages.Count):F1} ms/page)"));
}
