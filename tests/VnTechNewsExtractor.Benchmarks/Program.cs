using BenchmarkDotNet.Running;

namespace VnTechNewsExtractor.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/VnTechNewsExtractor.Benchmarks -- --filter '*PageReader*'</c>;
/// <c>-- --quality</c> prints our reader's and SmartReader's body scores side by side instead; <c>-- corpus ...</c>
/// runs whole-corpus measurements (see <see cref="Corpus.CorpusBenchmark"/>); <c>-- deals ...</c> merges 100,000 synthetic
/// article records into the deal table (see <see cref="Deals.DealsBenchmark"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            Environment.Exit(Corpus.CorpusBenchmark.Run(args[1..]));
        }
        if (args.Length > 0 && args[0] == "deals")
        {
            Environment.Exit(Deals.DealsBenchmark.Run(args[1..]));
        }
        if (args.Contains("--quality"))
        {
            ReaderQuality.Run(Console.Out);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
