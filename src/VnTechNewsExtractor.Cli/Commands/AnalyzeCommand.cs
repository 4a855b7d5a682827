using System.CommandLine;
using VnTechNewsExtractor.Cli.Output;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech analyze PATH...</c>: one record per article.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(ConsoleIo io)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files (.html, .htm, .txt) and folders (read recursively).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "jsonl (default), json or csv (one row per investment).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (atomically) instead of stdout." };
        var parallelism = new Option<int>("--parallelism", "-p") { Description = "Files analysed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        parallelism.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--parallelism must be at least 1.");
        });
        var backend = new Option<string>("--backend") { Description = "Word segmentation backend: builtin.", DefaultValueFactory = _ => "builtin" };
        backend.AcceptOnlyFromAmong("builtin");
        var command = new Command("analyze", "Analyse article files and folders; write one record per article.") { paths, format, output, parallelism, backend };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ArticleAnalyzerOptions { MaxParallelism = parse.GetValue(parallelism) };
            var analyzer = new ArticleAnalyzer(options);
            var inputs = parse.GetValue(paths)!;
            var files = ExpandInputs(analyzer, inputs);
            var outputPath = parse.GetValue(output);
            int articles = 0, failed = 0;
            var started = System.Diagnostics.Stopwatch.StartNew();
            await using (var sink = RecordSink.Open(parse.GetValue(format)!, outputPath, io.Out))
            {
                await foreach (var record in analyzer.AnalyzeFilesAsync(files, cancellationToken).ConfigureAwait(false))
                {
                    sink.Write(record);
                    articles++;
                    if (record.Errors.Count > 0)
                    {
                        failed++;
                        foreach (var e in record.Errors) await io.Error.WriteLineAsync($"vntech: {e.Code}: {e.Message}").ConfigureAwait(false);
                    }
                    if (articles % 500 == 0) await io.Error.WriteLineAsync($"vntech: {articles} files analysed").ConfigureAwait(false);
                }
                await sink.CommitAsync().ConfigureAwait(false);
            }
            await io.Error.WriteLineAsync($"vntech: {articles} files, {failed} with errors, {articles / Math.Max(0.001, started.Elapsed.TotalSeconds):F1} files/s").ConfigureAwait(false);
            return failed > 0 ? Program.SomeInputsFailed : Program.Success;
        });
        return command;
    }

    /// <summary>Folders become their article files; files (and missing paths, reported later) stay as given.</summary>
    private static IEnumerable<string> ExpandInputs(ArticleAnalyzer analyzer, IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var f in analyzer.EnumerateArticleFiles(input)) yield return f;
            }
            else yield return input;
        }
    }
}
