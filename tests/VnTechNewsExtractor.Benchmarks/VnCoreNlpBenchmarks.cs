using BenchmarkDotNet.Attributes;
using Python.Runtime;
using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Pages;
using VnTechNewsExtractor.Tests.VnCoreNLP;
using VnTechNewsExtractor.Text;
using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Benchmarks;

/// <summary>
/// The VnCoreNLP bridge's cost per article against the built-in segmenter: the repository's sample articles through
/// C# → Python.NET → CPython → JPype → JVM with the tests' fake of VnCoreNLP's Java API (so the numbers are the
/// bridge's overhead, not VnCoreNLP's own work), and through the fake py_vncorenlp module. Each operation is one
/// article. Needs javac, libpython and python3-jpype (as the tests do).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class VnCoreNlpBenchmarks
{
    private string[] _texts = [];
    private readonly PerceptronWordSegmenter _builtin = new();
    private VnCoreNlpBackend _jar = null!;
    private VnCoreNlpBackend _py = null!;
    private ArticleAnalyzer _builtinAnalyzer = null!;
    private ArticleAnalyzer _bridgeAnalyzer = null!;

    private int Articles => _texts.Length;

    [GlobalSetup]
    public void Setup()
    {
        var html = new HtmlArticleReader();
        _texts = Directory.GetFiles(BenchmarkData.Samples).Order(StringComparer.Ordinal)
            .Select(f => f.EndsWith(".txt", StringComparison.Ordinal) ? PlainTextArticleReader.Read(File.ReadAllText(f)) : html.Read(File.ReadAllText(f)))
            .Select(ArticleAnalyzer.ComposeText).ToArray();
        var fakes = Path.Combine(BenchmarkData.RepoRoot, "tests", "VnTechNewsExtractor.Tests", "VnCoreNLP", "Fakes");
        var home = FakeVnCoreNlpFolder.Build(Path.Combine(fakes, "java"), out var problem) ?? throw new InvalidOperationException(problem);
        _jar = Create(home, VnCoreNlpEngine.Jar);
        using (Py.GIL())
        {
            using var sys = Py.Import("sys");
            using var path = new PyList(sys.GetAttr("path"));
            using var folder = new PyString(Path.Combine(fakes, "python"));
            path.Insert(0, folder);
        }
        _py = Create(home, VnCoreNlpEngine.PyVnCoreNlp);
        _builtinAnalyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxParallelism = 1 });
        _bridgeAnalyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxParallelism = 1, WordSegmenter = _jar, EntityRecognizer = _jar });
    }

    private static VnCoreNlpBackend Create(string home, VnCoreNlpEngine engine) =>
        VnCoreNlpBackend.TryCreate(new VnCoreNlpOptions { Home = home, Engine = engine, MaxHeap = "256m" }, out var backend, out var error)
            ? backend : throw new InvalidOperationException(error);

    /// <summary>Tokens and words with the built-in perceptron segmenter.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 6)]
    public int BuiltinSegmenter()
    {
        int words = 0;
        foreach (var text in _texts) words += _builtin.Segment(text, Tokenizer.Tokenize(text)).Count;
        return words;
    }

    /// <summary>Tokens, words and entities through the bridge to the fake jar (one Python call per article).</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public int BridgeJar() => Bridge(_jar);

    /// <summary>Tokens, words and entities through the bridge to the fake py_vncorenlp.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public int BridgePyVnCoreNlp() => Bridge(_py);

    /// <summary>The whole pipeline with the built-in segmenter.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public int AnalyzeBuiltin() => _texts.Sum(t => _builtinAnalyzer.AnalyzeText(t, "a.txt").Companies.Count);

    /// <summary>The whole pipeline with the bridge (fake jar) as segmenter and entity recognizer.</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public int AnalyzeBridgeJar() => _texts.Sum(t => _bridgeAnalyzer.AnalyzeText(t, "a.txt").Companies.Count);

    private int Bridge(VnCoreNlpBackend backend)
    {
        if (Articles != 6) throw new InvalidOperationException($"the samples hold {Articles} articles; update OperationsPerInvoke");
        int n = 0;
        foreach (var text in _texts)
        {
            var document = new Document(text);
            n += backend.Segment(text, Tokenizer.Tokenize(text)).Count + backend.Recognize(document).Count;
        }
        return n;
    }
}
