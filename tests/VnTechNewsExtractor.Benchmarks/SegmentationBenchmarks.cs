using BenchmarkDotNet.Attributes;
using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Benchmarks;

/// <summary>
/// Tokenisation plus word segmentation over the shared segmentation corpus (read at run time, never copied into the
/// repository), its lines grouped 100 at a time into article-sized texts. Each operation is one syllable, so the
/// "Op/s" column reads as syllables per second.
/// </summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks
{
    private const int Syllables = 54_084; // Syllable tokens of the corpus as the tokenizer sees them (numbers, Latin words and punctuation not counted); checked in Setup

    private readonly PerceptronWordSegmenter _perceptron = new();
    private readonly LexiconWordSegmenter _longestMatch = new();
    private string[] _texts = [];
    private List<Token>[] _tokens = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchmarkData.Shared("segmentation", "train-gold-dev.txt");
        if (!File.Exists(path)) throw new InvalidOperationException($"the benchmark needs {path}");
        _texts = File.ReadLines(path).Where(l => l.Length > 0).Select(l => l.Replace('_', ' '))
            .Chunk(100).Select(c => string.Join("\n\n", c)).ToArray();
        _tokens = _texts.Select(Tokenizer.Tokenize).ToArray();
        int syllables = _tokens.Sum(ts => ts.Count(t => t.Kind == TokenKind.Syllable));
        if (Math.Abs(syllables - Syllables) > Syllables / 100)
            throw new InvalidOperationException($"the corpus has {syllables} syllables; update {nameof(Syllables)}");
        // Load the models and let tiered JIT reach its optimised code outside the measurement: one invocation
        // is a whole corpus pass, so a short job's few warm-up invocations would otherwise measure unoptimised code.
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < 3)
        {
            TokenizeAndSegment();
            TokenizeAndLongestMatch();
        }
    }

    /// <summary>The pipeline's text layer: tokens, then words with the built-in segmenter.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Syllables)]
    public int TokenizeAndSegment()
    {
        int words = 0;
        foreach (var text in _texts) words += _perceptron.Segment(text, Tokenizer.Tokenize(text)).Count;
        return words;
    }

    /// <summary>Tokenisation alone.</summary>
    [Benchmark(OperationsPerInvoke = Syllables)]
    public int Tokenize()
    {
        int tokens = 0;
        foreach (var text in _texts) tokens += Tokenizer.Tokenize(text).Count;
        return tokens;
    }

    /// <summary>Segmentation alone, over tokens made beforehand.</summary>
    [Benchmark(OperationsPerInvoke = Syllables)]
    public int SegmentOnly()
    {
        int words = 0;
        for (int i = 0; i < _texts.Length; i++) words += _perceptron.Segment(_texts[i], _tokens[i]).Count;
        return words;
    }

    /// <summary>The v1 longest-match segmenter, for comparison.</summary>
    [Benchmark(OperationsPerInvoke = Syllables)]
    public int TokenizeAndLongestMatch()
    {
        int words = 0;
        foreach (var text in _texts) words += _longestMatch.Segment(text, Tokenizer.Tokenize(text)).Count;
        return words;
    }
}
