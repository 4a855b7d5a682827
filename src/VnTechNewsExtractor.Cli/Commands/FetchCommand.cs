using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using VnTechNewsExtractor.Cli.Output;
using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech fetch URL... --out DIR</c>: saves raw pages, each with a sidecar, for later analysis.</summary>
internal static class FetchCommand
{
    public static Command Create(ConsoleIo io)
    {
        var urls = new Argument<string[]>("urls") { Description = "Pages to fetch (http or https).", Arity = ArgumentArity.ZeroOrMore };
        var inputs = new Option<string?>("--inputs") { Description = "A file listing URLs, one per line (as well as URL...)." };
        var outDir = new Option<string>("--out") { Description = "Folder to save pages and their .meta.json sidecars in (created when missing).", Required = true };
        var parallelism = new Option<int>("--parallelism", "-p") { Description = "Pages fetched at once (each host still gets one request per --delay).", DefaultValueFactory = _ => 4 };
        parallelism.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallelism must be at least 1.");
        });
        var fetchOptions = new FetchOptionSet();
        var command = new Command("fetch", "Fetch pages and save them with sidecars (URL, final URL, time, status, content type, charset); pages already saved are not fetched again.")
        {
            urls, inputs, outDir, parallelism,
        };
        fetchOptions.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var given = (parse.GetValue(urls) ?? []).ToList();
            if (parse.GetValue(inputs) is { } list)
            {
                if (!File.Exists(list)) throw new UsageException($"the inputs file '{list}' does not exist.");
                given.AddRange(File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'));
            }
            if (given.Count == 0) throw new UsageException("fetch needs at least one URL or --inputs FILE.");
            using var fetcher = new PageFetcher(fetchOptions.Read(parse));
            var saver = new PageSaver(fetcher, new PageStore(parse.GetValue(outDir)!));
            var records = OrderedWork.RunAsync(given.ToAsyncEnumerable(), saver.SaveAsync, parse.GetValue(parallelism), cancellationToken);
            return await WriteAsync(records, io).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes each record to stdout and each failure to stderr; returns the exit code.</summary>
    internal static async Task<int> WriteAsync(IAsyncEnumerable<FetchRecord> records, ConsoleIo io)
    {
        var clock = Stopwatch.StartNew();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        bool cancelled = false;
        try
        {
            await foreach (var record in records.ConfigureAwait(false))
            {
                await io.Out.WriteLineAsync(record.ToJson()).ConfigureAwait(false);
                if (record.Error is { } e) await io.Error.WriteLineAsync($"vntech: {e.Code}: {e.Message}").ConfigureAwait(false);
                counts[record.Outcome] = counts.GetValueOrDefault(record.Outcome) + 1;
            }
        }
        catch (OperationCanceledException)
        {
            cancelled = true; // what was saved stays saved: a later run keeps it
        }
        int total = counts.Values.Sum();
        await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"vntech: {(cancelled ? "cancelled after " : "")}{Counted.Of(total, "URL")}: {counts.GetValueOrDefault("fetched")} fetched, {counts.GetValueOrDefault("kept")} already saved, {counts.GetValueOrDefault("skipped")} older than --since, {counts.GetValueOrDefault("failed")} failed, {clock.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);
        return counts.GetValueOrDefault("failed") > 0 || cancelled ? Program.SomeInputsFailed : Program.Success;
    }
}
