using System.Globalization;

namespace VnTechNewsExtractor.Benchmarks.Corpus;

/// <summary>The options of the <c>corpus</c> commands.</summary>
internal sealed record CorpusOptions
{
    public string? Folder { get; private init; }
    public string? Out { get; private init; }
    public int Count { get; private init; } = 10_000;
    public List<string> From { get; } = [];
    public List<int> Parallelism { get; private init; } = [1, Environment.ProcessorCount];
    public int Repeat { get; private init; } = 1;
    public double? MaxRatio { get; private init; }
    public double? MinSpeedup { get; private init; }
    public double? MaxRssMb { get; private init; }

    public static CorpusOptions Parse(string[] args)
    {
        var o = new CorpusOptions();
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            o = args[i] switch
            {
                "--out" => o with { Out = Next() },
                "--count" => o with { Count = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--from" => o.AddFrom(Next()),
                "--parallelism" or "-p" => o with { Parallelism = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Distinct().Order().ToList() },
                "--repeat" => o with { Repeat = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--max-ratio" => o with { MaxRatio = Number() },
                "--min-speedup" => o with { MinSpeedup = Number() },
                "--max-rss-mb" => o with { MaxRssMb = Number() },
                _ when !args[i].StartsWith('-') => o with { Folder = args[i] },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }
        return o;
    }

    private CorpusOptions AddFrom(string folder)
    {
        From.Add(folder);
        return this;
    }
}
