using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace VnTechNewsExtractor.Pages.Evaluation;

/// <summary>
/// Scores an article-body extractor on the article-extraction-benchmark layout (<c>html/ID.html.gz</c> and
/// <c>ground-truth.json</c> with <c>articleBody</c> and <c>url</c> per ID), exactly as its <c>evaluate.py</c>
/// does: per-page 4-shingle precision and recall, averaged over pages, F1 of the averages.
/// </summary>
public static class ExtractionBenchmark
{
    /// <summary>Our reader's body as the benchmark sees it: the lead and the paragraphs, without the title.</summary>
    public static string BodyOf(ArticleContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        IEnumerable<string?> parts = [content.Lead, .. content.Paragraphs];
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    /// <summary>Runs <paramref name="extract"/> (our <see cref="HtmlArticleReader"/> when null) over the benchmark in <paramref name="folder"/>.</summary>
    /// <param name="folder">The benchmark folder.</param>
    /// <param name="extract">Given the page's bytes and URL, returns the article body text.</param>
    public static ExtractionBenchmarkReport Run(string folder, Func<byte[], string?, string>? extract = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var reader = new HtmlArticleReader();
        extract ??= (bytes, url) => BodyOf(reader.Read(bytes, null, url));
        using var truthJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<PageMatch>();
        var clock = new Stopwatch();
        foreach (var entry in truthJson.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var truth = entry.Value.TryGetProperty("articleBody", out var b) ? b.GetString() ?? "" : "";
            var url = entry.Value.TryGetProperty("url", out var u) ? u.GetString() : null;
            var bytes = ReadPage(Path.Combine(folder, "html", entry.Name + ".html.gz"));
            clock.Start();
            var predicted = extract(bytes, url);
            clock.Stop();
            pages.Add(new PageMatch(entry.Name, ShingleMatch.Compare(truth, predicted)));
        }
        return new ExtractionBenchmarkReport(pages, clock.Elapsed);
    }

    private static byte[] ReadPage(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
