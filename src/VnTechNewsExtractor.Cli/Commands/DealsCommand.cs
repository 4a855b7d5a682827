using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Spectre.Console;
using VnTechNewsExtractor.Cli.Output;
using VnTechNewsExtractor.Deals;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech deals RECORDS.jsonl...</c>: one record per deal, however many articles report it.</summary>
internal static class DealsCommand
{
    public static Command Create(ConsoleIo io)
    {
        var files = new Argument<string[]>("records") { Description = "JSON Lines files of article records, as 'vntech analyze' writes them.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format") { Description = "jsonl, csv or parquet (one row per deal); by default the --output file's extension decides, else jsonl." };
        format.AcceptOnlyFromAmong(DealOutput.Formats);
        var output = new Option<string?>("--output", "-o") { Description = "Write the deals to this file (atomically) instead of stdout." };
        var report = new Option<string?>("--report") { Description = "Also write the deals as one self-contained HTML page (table, graph, totals, companies)." };
        var command = new Command("deals", "Merge the deals of analysed articles: one record per deal, with every article that reports it.")
        {
            files, format, output, report,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var paths = parse.GetValue(files) ?? [];
            var outputPath = parse.GetValue(output);
            var formatName = parse.GetValue(format) ?? (outputPath is null ? "jsonl" : DealOutput.FormatOf(outputPath));
            var reportPath = parse.GetValue(report);
            ArticleRecordReader.CheckFiles(paths);
            DealOutput.CheckFolder(outputPath, "--output");
            DealOutput.CheckFolder(reportPath, "--report");
            if (formatName == "parquet" && outputPath is null) throw new UsageException("--format parquet needs --output FILE.");

            var clock = Stopwatch.StartNew();
            var reader = new ArticleRecordReader(paths, message => io.Error.WriteLine($"vntech: {message}"));
            var graph = new DealGraph();
            var records = reader.ReadAsync(cancellationToken);
            if (UseProgressBar(io))
            {
                await AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask("reading records", maxValue: Math.Max(1, reader.TotalBytes));
                        await foreach (var record in records.ConfigureAwait(false))
                        {
                            graph.Add(record);
                            task.Value = reader.BytesRead;
                        }
                        task.Value = task.MaxValue;
                    }).ConfigureAwait(false);
            }
            else
            {
                var lastReport = Stopwatch.StartNew();
                await foreach (var record in records.ConfigureAwait(false))
                {
                    graph.Add(record);
                    if (lastReport.Elapsed.TotalSeconds >= 5)
                    {
                        await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"vntech: {reader.Records} records, {reader.BytesRead * 100 / Math.Max(1, reader.TotalBytes)}% of {reader.TotalBytes / 1048576.0:F1} MB")).ConfigureAwait(false);
                        lastReport.Restart();
                    }
                }
            }
            var read = clock.Elapsed;
            var deals = graph.Build();
            var merged = clock.Elapsed;
            await WriteAsync(deals, graph, formatName, outputPath, reportPath, $"merged from {paths.Length} file(s)", io, cancellationToken).ConfigureAwait(false);
            await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"vntech: {reader.Records} records, {graph.Reports} deal reports, {deals.Count} deals ({graph.DuplicateReports} repeated reports, {graph.SelfDeals} self-deals dropped), {reader.BadLines} bad lines, {clock.Elapsed.TotalSeconds:F1} s (reading {read.TotalSeconds:F1} s, merging {(merged - read).TotalSeconds:F1} s, writing {(clock.Elapsed - merged).TotalSeconds:F1} s)")).ConfigureAwait(false);
            return reader.BadLines > 0 ? Program.SomeInputsFailed : Program.Success;
        });
        return command;
    }

    /// <summary>Writes the deal table (and the report, when asked); <c>analyze --deals</c> shares this.</summary>
    internal static async Task WriteAsync(IReadOnlyList<Deal> deals, DealGraph graph, string format, string? outputPath, string? reportPath, string subtitle, ConsoleIo io, CancellationToken cancellationToken)
    {
        await DealOutput.WriteAsync(deals, format, outputPath, io.Out, cancellationToken).ConfigureAwait(false);
        if (reportPath is null) return;
        var line = string.Create(CultureInfo.InvariantCulture, $"{graph.Articles} articles, {subtitle}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        await DealOutput.WriteAtomicallyAsync(reportPath, async stream =>
        {
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            DealHtmlReport.Write(writer, deals, line);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>A live bar only for a person at a terminal; logs and pipes get plain lines (as analyze).</summary>
    private static bool UseProgressBar(ConsoleIo io) =>
        ReferenceEquals(io.Error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;
}
