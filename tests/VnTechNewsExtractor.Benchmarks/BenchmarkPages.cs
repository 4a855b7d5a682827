using System.IO.Compression;
using System.Text.Json;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Benchmarks;

/// <summary>Loads the pages the benchmarks read from the shared data beside the repository.</summary>
public static class BenchmarkPages
{
    /// <summary>A page by name: a shared gold page (NAME.html) or "benchmark-longest", the largest extraction-benchmark page.</summary>
    public static (string Html, string Url) Load(string name)
    {
        if (name == "benchmark-longest")
        {
            var folder = BenchmarkData.Shared("extraction-benchmark");
            var file = Directory.GetFiles(Path.Combine(folder, "html"), "*.html.gz").OrderByDescending(f => new FileInfo(f).Length).First();
            var id = Path.GetFileName(file)[..^".html.gz".Length];
            using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
            var url = truth.RootElement.GetProperty(id).GetProperty("url").GetString() ?? "https://example.com/";
            return (PageDecoder.Decode(Gunzip(file), null, file).Text, url);
        }
        var path = Path.Combine(BenchmarkData.Shared("pages"), name + ".html");
        using var gold = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(BenchmarkData.Shared("pages"), name + ".gold.json")));
        return (PageDecoder.Decode(File.ReadAllBytes(path), null, path).Text, gold.RootElement.GetProperty("url").GetString() ?? "https://example.com/");
    }

    /// <summary>The bytes of a gzip file.</summary>
    public static byte[] Gunzip(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }
}
