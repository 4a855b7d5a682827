using System.CommandLine;
using System.Globalization;
using VnTechNewsExtractor.Pages.Evaluation;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>
/// <c>vntech evaluate-pages --benchmark DIR --pages DIR</c>: the HTML reader's body precision, recall and F1 on
/// the article-extraction benchmark, and its title/date/verdict/body checks on gold pages; floors exit 1.
/// </summary>
internal static class EvaluatePagesCommand
{
    private static readonly string[] Metrics = ["body.f1", "body.precision", "body.recall", "pages.body.f1", "pages.title", "pages.date", "pages.isArticle", "pages.leakFree"];

    public static Command Create(ConsoleIo io)
    {
        var benchmark = new Option<string?>("--benchmark") { Description = "An article-extraction-benchmark folder (html/*.html.gz, ground-truth.json)." };
        var pages = new Option<string?>("--pages") { Description = "A folder of saved pages with NAME.gold.json beside them." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Scores and mistakes per page." };
        var min = new Option<string[]>("--min")
        {
            Description = "A floor, as METRIC=VALUE: body.f1, body.precision, body.recall (benchmark), pages.body.f1, pages.title, pages.date, pages.isArticle, pages.leakFree (fractions of pages). Exit 1 when below.",
        };
        var command = new Command("evaluate-pages", "Score the HTML article reader on an extraction benchmark and on gold pages.") { benchmark, pages, verbose, min };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var benchDir = parse.GetValue(benchmark);
            var pagesDir = parse.GetValue(pages);
            var problem = benchDir is null && pagesDir is null ? "give --benchmark DIR, --pages DIR or both." : null;
            foreach (var dir in new[] { benchDir, pagesDir })
                if (dir is not null && !Directory.Exists(dir)) problem ??= $"the folder '{dir}' does not exist.";
            var floors = new List<(string Metric, double Value)>();
            foreach (var floor in parse.GetValue(min) ?? [])
            {
                var eq = floor.IndexOf('=', StringComparison.Ordinal);
                if (eq < 0 || !Metrics.Contains(floor[..eq]) || !double.TryParse(floor[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                    problem ??= $"--min '{floor}' is not METRIC=VALUE with METRIC one of {string.Join(", ", Metrics)} (for example body.f1=0.955).";
                else floors.Add((floor[..eq], value));
            }
            if (problem is not null)
            {
                // Reported here rather than thrown: the command line library would turn an exception into exit code 1.
                await io.Error.WriteLineAsync($"vntech: {problem}").ConfigureAwait(false);
                return Program.UsageError;
            }
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            bool details = parse.GetValue(verbose);
            var o = io.Out;
            if (benchDir is not null)
            {
                var r = ExtractionBenchmark.Run(benchDir);
                scores["body.precision"] = r.Precision;
                scores["body.recall"] = r.Recall;
                scores["body.f1"] = r.F1;
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"benchmark {benchDir}: {r.Pages.Count} pages, body precision {r.Precision:F4} recall {r.Recall:F4} F1 {r.F1:F4} ({r.Elapsed.TotalMilliseconds / Math.Max(1, r.Pages.Count):F1} ms/page)"));
                if (details)
                    foreach (var p in r.Pages.OrderBy(p => p.F1))
                        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Id[..Math.Min(12, p.Id.Length)]} P {p.Match.Precision:F3} R {p.Match.Recall:F3} F1 {p.F1:F3}"));
            }
            if (pagesDir is not null)
            {
                var r = GoldPages.Run(pagesDir);
                int n = Math.Max(1, r.Pages.Count);
                scores["pages.title"] = (double)r.TitlesCorrect / n;
                scores["pages.date"] = (double)r.DatesCorrect / n;
                scores["pages.isArticle"] = (double)r.IsArticleCorrect / n;
                scores["pages.leakFree"] = (double)r.LeakFree / n;
                scores["pages.body.f1"] = r.Body.F1;
                o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"pages {pagesDir}: {r.Pages.Count} pages, title {r.TitlesCorrect}/{r.Pages.Count}, date {r.DatesCorrect}/{r.Pages.Count}, isArticle {r.IsArticleCorrect}/{r.Pages.Count}, leak-free {r.LeakFree}/{r.Pages.Count}, body precision {r.Body.Precision:F4} recall {r.Body.Recall:F4} F1 {r.Body.F1:F4}"));
                foreach (var p in r.Pages.Where(p => details || p.Mistakes.Count > 0 || p.Leaks.Count > 0 || p.Body.F1 < 1))
                {
                    o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {p.Id}: body P {p.Body.Match.Precision:F3} R {p.Body.Match.Recall:F3} F1 {p.Body.F1:F3}"));
                    foreach (var m in p.Mistakes) o.WriteLine($"    {m}");
                    foreach (var l in p.Leaks) o.WriteLine($"    leaked: {l}");
                }
            }
            bool ok = true;
            foreach (var (metric, value) in floors)
            {
                if (!scores.TryGetValue(metric, out var score))
                {
                    await io.Error.WriteLineAsync($"vntech: floor {metric}: not measured (give --benchmark for body.*, --pages for pages.*)").ConfigureAwait(false);
                    ok = false;
                }
                else if (score < value)
                {
                    await io.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"vntech: BELOW FLOOR {metric}={value}: {score:F4}")).ConfigureAwait(false);
                    ok = false;
                }
            }
            return ok ? Program.Success : Program.SomeInputsFailed;
        });
        return command;
    }
}
