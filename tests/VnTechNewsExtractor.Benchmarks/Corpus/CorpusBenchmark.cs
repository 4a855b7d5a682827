using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Benchmarks.Corpus;

/// <summary>
/// Whole-corpus runs, the measurements BenchmarkDotNet cannot make: <c>vntech analyze</c> over thousands of saved
/// pages against AngleSharp parsing the same pages, with one worker and with one per core, and each run's peak memory.
/// <code>
/// corpus generate --out DIR [--count 10000] [--from DIR]...   copy real saved pages into a corpus of COUNT files
/// corpus run DIR [--parallelism 1,2] [--repeat 2]             measure on one core (pinned, where taskset exists) and with
///                                                            each number of workers; with --max-ratio, --min-speedup,
///                                                            --max-rss-mb: check floors (the speed-up is from the first
///                                                            run to the last)
/// </code>
/// Every measurement is its own process, so one run's memory and JIT state never flatter another's: the parse
/// baseline runs in this program, the analysis is the real <c>vntech analyze</c> (writing JSON Lines to a file).
/// </summary>
public static class CorpusBenchmark
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs a <c>corpus</c> sub-command; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        if (args.Length == 0) return Usage();
        return args[0] switch
        {
            "generate" => Generate(args[1..]),
            "run" => Measure(args[1..]),
            "parse-only" => ParseOnly(args[1], int.Parse(args[2], Inv)),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: corpus generate --out DIR [--count N] [--from DIR]... | corpus run DIR [--parallelism 1,2] [--repeat N] [--max-ratio R] [--min-speedup S] [--max-rss-mb M]");
        return 2;
    }

    private static int Generate(string[] args)
    {
        var options = CorpusOptions.Parse(args);
        if (options.Out is null) return Usage();
        var from = options.From.Count > 0 ? options.From : [BenchmarkData.Shared("pages"), BenchmarkData.Samples];
        var pages = from.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.htm*", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"corpus: no .html pages under {string.Join(", ", from)}");
            return 2;
        }
        var sources = pages.Select(File.ReadAllBytes).ToList();
        long bytes = 0;
        for (int i = 0; i < options.Count; i++)
        {
            // A hundred files a folder, as saved corpora usually are, so that enumeration is part of the run too.
            var folder = Path.Combine(options.Out, (i / 100).ToString("D4", Inv));
            Directory.CreateDirectory(folder);
            var source = sources[i % sources.Count];
            File.WriteAllBytes(Path.Combine(folder, $"{i:D6}-{Path.GetFileName(pages[i % pages.Count])}"), source);
            bytes += source.Length;
        }
        Console.WriteLine($"corpus: {options.Count:N0} pages ({bytes / 1e6:F0} MB) from {pages.Count} real pages in {options.Out}");
        return 0;
    }

    private static int Measure(string[] args)
    {
        var options = CorpusOptions.Parse(args);
        if (options.Folder is null || !Directory.Exists(options.Folder)) return Usage();
        var vntech = Path.Combine(AppContext.BaseDirectory, "vntech.dll");
        if (!File.Exists(vntech))
        {
            Console.Error.WriteLine($"corpus: {vntech} is missing (the benchmarks reference the CLI project)");
            return 2;
        }
        // Both runs start the same way (the dotnet host and a dll), whether this program was started by its apphost or not.
        var self = typeof(CorpusBenchmark).Assembly.Location;
        var output = Path.Combine(Path.GetTempPath(), $"vntech-corpus-{Environment.ProcessId}.jsonl");
        // "One core" is the process pinned to one processor, runtime threads and all; a single worker on an
        // unpinned machine also has the other cores for garbage collection and compilation.
        var configs = new List<(string Label, bool Pinned, int Workers)>();
        if (OperatingSystem.IsLinux() && File.Exists(Taskset)) configs.Add(("1 core", true, 1));
        configs.AddRange(options.Parallelism.Select(p => ($"{p} worker{(p == 1 ? "" : "s")}", false, p)));
        var results = new List<(string Label, CorpusRun Parse, CorpusRun Analyze)>();
        foreach (var (label, pinned, p) in configs)
        {
            CorpusRun Run(string mode, string[] command) =>
                CorpusRun.Start(mode, label, pinned ? Taskset : "dotnet", pinned ? ["-c", "0", "dotnet", .. command] : command, JitAsTheTool);
            var parse = Best(options.Repeat, () => Run("parse", [self, "corpus", "parse-only", options.Folder, p.ToString(Inv)]));
            var analyze = Best(options.Repeat, () => Run("analyze", [vntech, "analyze", options.Folder, "-o", output, "-p", p.ToString(Inv)]));
            results.Add((label, parse, analyze));
        }
        File.Delete(output);

        Console.WriteLine($"{"run",-8} {"on",-10} {"files",7} {"seconds",8} {"files/s",8} {"CPU s",7} {"cores",5} {"peak RSS",9}");
        foreach (var (label, parse, analyze) in results)
            foreach (var r in new[] { parse, analyze })
                Console.WriteLine($"{r.Mode,-8} {label,-10} {r.Files,7} {r.Seconds,8:F2} {r.Files / r.Seconds,8:F1} {r.CpuSeconds,7:F1} {r.CpuSeconds / r.Seconds,5:F2} {r.PeakRssMb,6:F0} MB");
        bool ok = true;
        foreach (var (label, parse, analyze) in results)
        {
            double ratio = analyze.Seconds / parse.Seconds;
            Console.WriteLine($"analyze / parse on {label}: {ratio:F2}×");
            ok &= Check("analyze/parse", ratio, options.MaxRatio, atMost: true);
            ok &= Check("peak RSS MB", analyze.PeakRssMb, options.MaxRssMb, atMost: true);
        }
        if (results.Count > 1)
        {
            var (fromLabel, _, from) = results[0];
            var (toLabel, _, to) = results[^1];
            double speedup = from.Seconds / to.Seconds;
            Console.WriteLine($"analyze speed-up from {fromLabel} to {toLabel} ({Environment.ProcessorCount} cores): {speedup:F2}×");
            ok &= Check("speed-up", speedup, options.MinSpeedup, atMost: false);
        }
        return ok ? 0 : 1;
    }

    private const string Taskset = "/usr/bin/taskset";

    // The vntech tool runs without dynamic PGO (its project file says why); the parse baseline gets the same.
    private static readonly Dictionary<string, string> JitAsTheTool = new() { ["DOTNET_TieredPGO"] = "0" };

    private static CorpusRun Best(int repeat, Func<CorpusRun> run)
    {
        CorpusRun? best = null;
        for (int i = 0; i < Math.Max(1, repeat); i++)
        {
            var r = run();
            if (best is null || r.Seconds < best.Seconds) best = r with { PeakRssMb = Math.Max(r.PeakRssMb, best?.PeakRssMb ?? 0) };
        }
        return best!;
    }

    private static bool Check(string what, double value, double? floor, bool atMost)
    {
        if (floor is not { } f) return true;
        bool ok = atMost ? value <= f : value >= f;
        if (!ok) Console.WriteLine($"FLOOR MISSED: {what} {value:F2} (must be {(atMost ? "at most" : "at least")} {f:F2})");
        return ok;
    }

    /// <summary>The baseline: read, decode and parse every page with AngleSharp's defaults, nothing else.</summary>
    private static int ParseOnly(string folder, int parallelism)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var files = new ArticleAnalyzer().EnumerateArticleFiles(folder).ToList();
        int elements = 0;
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, file =>
        {
            var (html, _) = PageDecoder.Decode(File.ReadAllBytes(file), null, file);
            using var doc = parser.ParseDocument(html);
            Interlocked.Add(ref elements, doc.ChildElementCount);
        });
        Console.Error.WriteLine($"parsed {files.Count} files");
        return elements >= 0 ? 0 : 1;
    }
}
