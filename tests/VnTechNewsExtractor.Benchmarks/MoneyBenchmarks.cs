using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using VnTechNewsExtractor.Money;

namespace VnTechNewsExtractor.Benchmarks;

/// <summary>
/// Throughput of money recognition over news text: the dev corpus articles beside the repository (read at run
/// time, never committed), repeated to about 4 MB so one call is long enough to time.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class MoneyBenchmarks
{
    private const int TargetChars = 4_000_000;

    private readonly MoneyRecognizer _recognizer = new();
    private string _text = "";
    private string _matchText = "";

    /// <summary>UTF-8 size of the input, for the MB/s column.</summary>
    public static long InputBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = BenchmarkData.Shared("corpus", "dev");
        var articles = Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : Directory.GetFiles(BenchmarkData.Samples, "*.txt").Select(File.ReadAllText).ToList();
        var sb = new StringBuilder(TargetChars + 100_000);
        while (sb.Length < TargetChars)
        {
            foreach (var a in articles) sb.Append(a).Append("\n\n");
        }
        _text = sb.ToString();
        _matchText = VnTechNewsExtractor.Text.TextNormalizer.ForMatching(_text);
        InputBytes = Encoding.UTF8.GetByteCount(_text);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "vntech-money-bench-bytes.txt"), InputBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>One line's worth of work: normalise, scan and parse, no article currency.</summary>
    [Benchmark]
    public int Recognize() => _recognizer.Recognize(_text).Count;

    /// <summary>As the pipeline does: bare amounts take the article's currency.</summary>
    [Benchmark]
    public int RecognizeArticle() => _recognizer.RecognizeArticle(_text).Count;

    /// <summary>
    /// The money layer's own cost in the pipeline, where the document's match text is built once and shared
    /// by every component: scan and parse only.
    /// </summary>
    [Benchmark(Baseline = true)]
    public int RecognizeOverMatchText() => _recognizer.Recognize(_text, _matchText).Count;

    /// <summary>Percentages over the shared match text.</summary>
    [Benchmark]
    public int Percentages() => VnTechNewsExtractor.Quantities.PercentRecognizer.Recognize(_matchText).Count;

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(new MegabytesPerSecondColumn());
    }

    /// <summary>Input megabytes (UTF-8) divided by the mean time of one call.</summary>
    private sealed class MegabytesPerSecondColumn : IColumn
    {
        public string Id => "MBps";
        public string ColumnName => "MB/s";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "UTF-8 megabytes of news text recognised per second on one core";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var path = Path.Combine(Path.GetTempPath(), "vntech-money-bench-bytes.txt");
            if (report?.ResultStatistics is not { } stats || !File.Exists(path)) return "?";
            double bytes = double.Parse(File.ReadAllText(path), System.Globalization.CultureInfo.InvariantCulture);
            double seconds = stats.Mean / 1e9;
            return (bytes / 1e6 / seconds).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
