using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;
using VnTechNewsExtractor.Cli.Output;
using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech analyze PATH...</c>: one record per article.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.html, .htm, .txt), folders (read recursively) and http(s) URLs, mixed freely.", Arity = ArgumentArity.ZeroOrMore };
        var inputs = new Option<string?>("--inputs") { Description = "A file listing paths to analyse, one per line (as well as PATH...)." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Analyse only part K of N of the inputs (K/N, e.g. 2/8), to split a corpus across machines; 'auto' (the default when the " +
                          "variables are set) takes the part from a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, JOB_COMPLETIONS) or a Slurm array " +
                          "(SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_COUNT, SLURM_ARRAY_TASK_MIN) and names --output per part.",
        };
        shard.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (!string.Equals(value?.Trim(), "auto", StringComparison.OrdinalIgnoreCase) && !Shard.TryParse(value, out _))
                r.AddError("--shard must be K/N with 1 <= K <= N (e.g. 2/8) or auto.");
        });
        var shardCount = new Option<int?>("--shard-count") { Description = "The number of parts for --shard auto when the scheduler does not say (a Kubernetes job without JOB_COMPLETIONS)." };
        var format = new Option<string>("--format") { Description = "jsonl (default), json, csv (one row per investment) or table (per article its title, companies and deals, for reading at a terminal).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json", "csv", "table");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically; a missing folder is created) instead of stdout." };
        var parallelism = new Option<int>("--parallelism", "-p") { Description = "Files analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallelism.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallelism must be at least 1.");
        });
        var backend = new Option<string>("--backend") { Description = "Word segmentation and NER backend: builtin, or vncorenlp (VnCoreNLP through Python; see README, \"VnCoreNLP backend\").", DefaultValueFactory = _ => "builtin" };
        backend.AcceptOnlyFromAmong("builtin", "vncorenlp");
        var vnCoreNlp = new VnCoreNlpCliOptions();
        var resume = new Option<bool>("--resume") { Description = "Keep the records already in --output (JSON Lines) and analyse only the files not in it." };
        var include = new Option<string[]>("--include") { Description = "Glob of files to read inside folders (repeatable), e.g. '**/*.html'." };
        var exclude = new Option<string[]>("--exclude") { Description = "Glob of files to skip inside folders (repeatable), e.g. 'archive/**'." };
        var maxSize = new Option<string>("--max-file-size") { Description = "Larger files are reported and skipped (e.g. 500KB, 64MB).", DefaultValueFactory = _ => "64MB" };
        maxSize.Validators.Add(r =>
        {
            if (!ByteSize.TryParse(r.GetValueOrDefault<string>(), out _)) r.AddError("--max-file-size must be a size such as 500KB or 64MB.");
        });
        var maxTime = new Option<string>("--max-file-time") { Description = "Time one file may take before it is reported and skipped (e.g. 30s, 2m).", DefaultValueFactory = _ => "60s" };
        maxTime.Validators.Add(r =>
        {
            if (!Duration.TryParse(r.GetValueOrDefault<string>(), out _)) r.AddError("--max-file-time must be a duration such as 30s or 2m.");
        });
        var deals = new Option<string?>("--deals") { Description = "Also merge the records' deals into this file (.jsonl, .csv or .parquet, by extension), as 'vntech deals' does, in the same pass." };
        var fetchOptions = new FetchOptionSet();
        var models = new ModelsOption();
        var command = new Command("analyze", "Analyse article files, folders and URLs; write one record per article.")
        {
            paths, inputs, shard, shardCount, format, output, parallelism, backend, resume, include, exclude, maxSize, maxTime, deals,
        };
        fetchOptions.AddTo(command);
        vnCoreNlp.AddTo(command);
        models.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            // First: a scheduler's variables that name no valid part are a usage error before anything starts.
            var part = Shard.Resolve(parse.GetValue(shard), parse.GetValue(shardCount), Environment.GetEnvironmentVariable);
            var given = (parse.GetValue(paths) ?? []).ToList();
            if (parse.GetValue(inputs) is { } list)
            {
                if (!File.Exists(list)) throw new UsageException($"the inputs file '{list}' does not exist.");
                given.AddRange(File.ReadLines(list).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#'));
            }
            if (given.Count == 0) throw new UsageException("analyze needs at least one PATH or --inputs FILE.");
            // A mistyped path is a usage error before anything starts or is written; a URL's problems are its record's.
            var missing = given.Where(g => !CanonicalUrl.LooksLikeUrl(g) && !Path.Exists(g)).Distinct(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                throw new UsageException(missing.Count == 1
                    ? $"'{missing[0]}' does not exist (no such file or folder)."
                    : $"{missing.Count} paths do not exist: '{string.Join("', '", missing.Take(5))}'{(missing.Count > 5 ? ", ..." : "")}.");
            }
            var usingVnCoreNlp = parse.GetValue(backend) == "vncorenlp";
            // Options that only matter with another one are accepted, but the user hears that they did nothing.
            var unused = new List<(string Option, string Needs)>();
            if (!usingVnCoreNlp) unused.AddRange(vnCoreNlp.Given(parse).Select(o => (o, "--backend vncorenlp")));
            if (!given.Any(CanonicalUrl.LooksLikeUrl)) unused.AddRange(fetchOptions.Given(parse).Select(o => (o, "a URL among the inputs")));
            if (!given.Any(Directory.Exists))
                unused.AddRange(new[] { include, exclude }.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => (o.Name, "a folder among the inputs")));
            foreach (var (option, needs) in unused)
                await io.Error.WriteLineAsync($"vntech: warning: {option} does nothing without {needs}.").ConfigureAwait(false);
            ByteSize.TryParse(parse.GetValue(maxSize), out var maxBytes);
            Duration.TryParse(parse.GetValue(maxTime), out var maxFileTime);
            var analyzerOptions = models.Apply(parse, new ArticleAnalyzerOptions { MaxParallelism = parse.GetValue(parallelism), MaxFileBytes = maxBytes, MaxFileTime = maxFileTime });
            // The backend starts before any output exists: a setup problem is a usage error with nothing written.
            if (usingVnCoreNlp) analyzerOptions = vnCoreNlp.Apply(parse, analyzerOptions);
            var analyzer = new ArticleAnalyzer(analyzerOptions);
            var outputPath = parse.GetValue(output) is { } o ? part.OutputName(o) : null;
            if (part.Scheduler is not null) await io.Error.WriteLineAsync($"vntech: {part.Scheduler} part {part.Index} of {part.Count}{(outputPath is null ? "" : " -> " + outputPath)}").ConfigureAwait(false);
            var formatName = parse.GetValue(format)!;
            var dealsPath = parse.GetValue(deals);
            DealOutput.CheckFolder(dealsPath, "--deals");
            // Every record of the run goes into the deal table, those kept from an earlier run on --resume included.
            var dealGraph = dealsPath is null ? null : new Deals.DealGraph();
            List<string>? carried = null;
            var done = new HashSet<string>(StringComparer.Ordinal);
            if (parse.GetValue(resume))
            {
                if (outputPath is null || formatName != "jsonl") throw new UsageException("--resume needs --output FILE and the jsonl format.");
                (carried, done) = RecordSink.ReadExisting(outputPath);
                if (dealGraph is not null)
                    foreach (var line in carried)
                        if (Serialization.ArticleJson.Deserialize(line) is { } kept) dealGraph.Add(kept);
            }
            var expanded = InputSet.Expand(analyzer, given, parse.GetValue(include) ?? [], parse.GetValue(exclude) ?? [], out var emptyFolders);
            var filtered = parse.GetResult(include) is { Implicit: false } || parse.GetResult(exclude) is { Implicit: false } ? " that --include/--exclude let through" : "";
            string NoArticles(string folder) => $"no articles found in '{folder}' (no {string.Join(", ", analyzer.Options.Extensions)} files{filtered})";
            // Nothing to analyse is a usage error, like evaluate's folder without gold files; a folder among others only warns.
            if (expanded.Count == 0) throw new UsageException(emptyFolders.Count == 1 ? NoArticles(emptyFolders[0]) + "." : "no articles found.");
            foreach (var folder in emptyFolders) await io.Error.WriteLineAsync($"vntech: warning: {NoArticles(folder)}.").ConfigureAwait(false);
            var files = expanded.Where(f => part.Contains(f) && (done.Count == 0 || !done.Contains(SourceName(f)))).ToList();
            var leftovers = outputPath is null ? [] : RecordSink.Leftovers(outputPath);
            // Fetched pages go through one fetcher, so robots.txt and the per-host rate limit hold across the batch.
            using var fetcher = files.Any(CanonicalUrl.LooksLikeUrl) ? new PageFetcher(fetchOptions.Read(parse)) : null;
            IEnumerable<IPageSource> sources = files.Select(f => fetcher is not null && CanonicalUrl.LooksLikeUrl(f)
                ? (IPageSource)new UrlPageSource([f], fetcher)
                : new FilePageSource([f], analyzerOptions));
            var summary = new BatchSummary();
            var clock = Stopwatch.StartNew();
            await using (var sink = RecordSink.Open(formatName, outputPath, io.Out, carried))
            {
                if (done.Count > 0) await io.Error.WriteLineAsync($"vntech: resuming: {Counted.Of(done.Count, "record")} kept, {Counted.Of(files.Count, "file")} to go").ConfigureAwait(false);
                var records = analyzer.AnalyzeSourcesAsync(sources, cancellationToken);
                try
                {
                    if (UseProgressBar(io))
                    {
                        await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
                            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                            .StartAsync(async ctx =>
                            {
                                var task = ctx.AddTask("analysing", maxValue: Math.Max(1, files.Count));
                                await foreach (var record in records.ConfigureAwait(false))
                                {
                                    Write(record, sink, summary, io);
                                    dealGraph?.Add(record);
                                    task.Increment(1);
                                }
                            }).ConfigureAwait(false);
                    }
                    else
                    {
                        var lastReport = Stopwatch.StartNew();
                        await foreach (var record in records.ConfigureAwait(false))
                        {
                            Write(record, sink, summary, io);
                            dealGraph?.Add(record);
                            if (lastReport.Elapsed.TotalSeconds >= 5)
                            {
                                await io.Error.WriteLineAsync($"vntech: {summary.Files}/{files.Count} files").ConfigureAwait(false);
                                lastReport.Restart();
                            }
                        }
                    }
                }
                catch (OperationCanceledException)
                {
                    // Ctrl-C: what was analysed is written (the sink commits on dispose); the run reports it and fails.
                    summary.Cancelled = true;
                }
            }
            if (dealGraph is not null && !summary.Cancelled)
            {
                var merged = dealGraph.Build();
                await DealsCommand.WriteAsync(merged, dealGraph, DealOutput.FormatOf(dealsPath!), dealsPath, null, "analysed in this run", io, cancellationToken).ConfigureAwait(false);
                await io.Error.WriteLineAsync($"vntech: {merged.Count} deals written to {dealsPath}").ConfigureAwait(false);
            }
            // The output now holds every record those runs left (they were carried over on --resume, or replaced).
            if (outputPath is not null) foreach (var leftover in leftovers) File.Delete(leftover);
            await io.Error.WriteLineAsync(summary.Describe(clock.Elapsed)).ConfigureAwait(false);
            return summary.Errors > 0 || summary.Cancelled ? Program.SomeInputsFailed : Program.Success;
        });
        return command;
    }

    /// <summary>What the record of an input reports as its source: a URL as given, a saved page's URL (from its sidecar), or the path.</summary>
    private static string SourceName(string input) => CanonicalUrl.LooksLikeUrl(input) ? input.Trim() : FilePageSource.SourceNameOf(input);

    private static void Write(ArticleAnalysis record, RecordSink sink, BatchSummary summary, ConsoleIo io)
    {
        sink.Write(record);
        summary.Add(record);
        foreach (var e in record.Errors) io.Error.WriteLine($"vntech: {e.Code}: {e.Message}");
    }

    /// <summary>A live bar only for a person at a terminal; logs and pipes get plain lines.</summary>
    private static bool UseProgressBar(ConsoleIo io) =>
        ReferenceEquals(io.Error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
