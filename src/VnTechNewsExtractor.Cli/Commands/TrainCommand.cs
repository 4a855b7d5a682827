using System.CommandLine;
using System.Globalization;
using VnTechNewsExtractor.Cli.Output;
using VnTechNewsExtractor.Companies.Learning;
using VnTechNewsExtractor.Evaluation;
using VnTechNewsExtractor.Investments.Learning;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>
/// <c>vntech train</c>: trains the company tagger and the relation classifier on a gold corpus (one split of it),
/// cross-validates them with <c>--folds</c>, and writes them only where <c>--out</c> says (never into the source tree by
/// default).
/// </summary>
internal static class TrainCommand
{
    public static Command Create(ConsoleIo io)
    {
        var gold = new Option<string>("--gold") { Description = "Gold folder to learn from (*.gold.json with their articles beside them).", Required = true };
        var split = new Option<string?>("--split") { Description = "Learn only from this split of the corpus (as split.tsv assigns it), e.g. train." };
        var folds = new Option<int?>("--folds") { Description = "Cross-validate with this many folds and report precision, recall and F1 per field (mean and spread)." };
        var seed = new Option<int>("--seed") { Description = "Seed that deals the articles to folds.", DefaultValueFactory = _ => 1 };
        var passages = new Option<string?>("--passages") { Description = "Also learn from annotated passages (JSON Lines, as models/training/relations-train.jsonl: the shipped models do)." };
        var losses = new Option<bool>("--losses") { Description = "With --folds, also list every gold investment pair the held-out folds lost, by stage." };
        var output = new Option<string?>("--out") { Description = "Train on everything selected and write the models into this folder (company-tagger.bin, relation-classifier.zip)." };
        var command = new Command("train", "Train the company tagger and the relation classifier on a gold corpus; cross-validate them (--folds) and/or write them (--out).")
            { gold, split, folds, seed, passages, losses, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var goldDir = parse.GetValue(gold)!;
            if (!Directory.Exists(goldDir)) throw new UsageException($"the gold folder '{goldDir}' does not exist.");
            int? k = parse.GetValue(folds);
            var outPath = parse.GetValue(output);
            var passagesPath = parse.GetValue(passages);
            if (k is null && outPath is null)
                throw new UsageException("nothing to do: give --folds K to cross-validate, --out DIR to write the models, or both.");
            if (k is < 2) throw new UsageException($"--folds {k}: at least 2 folds are needed.");
            if (passagesPath is not null && !File.Exists(passagesPath)) throw new UsageException($"the passages file '{passagesPath}' does not exist.");
            var golds = EvaluateCommand.SelectGold(goldDir, parse.GetValue(split));
            if (k is { } n && golds.Count < n) throw new UsageException($"--folds {n}: only {golds.Count} gold articles to deal.");

            var passageSet = passagesPath is null ? null : AnnotatedPassage.Load(passagesPath);
            if (k is { } foldCount)
            {
                var progress = new ImmediateProgress(m => io.Error.WriteLine($"vntech: {m}"));
                var result = await CrossValidation.RunAsync(goldDir, golds, foldCount, passageSet, parse.GetValue(seed), progress, cancellationToken).ConfigureAwait(false);
                WriteCrossValidation(io.Out, result, golds.Count, foldCount);
                WriteThresholds(io.Out, result);
                LossTable.Write(io.Out, [.. result.Losses], parse.GetValue(losses));
            }
            if (outPath is not null)
            {
                Directory.CreateDirectory(outPath);
                var tagger = CompanyTaggerTrainer.Train(goldDir, golds, passageSet);
                await WriteAtomically(Path.Combine(outPath, "company-tagger.bin"), tagger.Save).ConfigureAwait(false);
                await io.Out.WriteLineAsync($"company tagger: {Counted.Of(golds.Count, "article")}, {tagger.FeatureCount:N0} weighted features, written to {Path.Combine(outPath, "company-tagger.bin")}").ConfigureAwait(false);
                var rows = golds.SelectMany(g => RelationTrainer.Rows(goldDir, g, tagger)).ToList();
                if (passageSet is not null) rows.AddRange(RelationTrainer.Rows(passageSet, tagger));
                var classifier = RelationClassifier.Train(rows);
                await WriteAtomically(Path.Combine(outPath, "relation-classifier.zip"), classifier.Save).ConfigureAwait(false);
                await io.Out.WriteLineAsync($"relation classifier: {rows.Count} candidate pairs, {rows.Count(r => r.Label)} of them relations{(passagesPath is null ? "" : " (with " + passagesPath + ")")}, written to {Path.Combine(outPath, "relation-classifier.zip")}").ConfigureAwait(false);
            }
            return Program.Success;
        });
        return command;
    }

    private static async Task WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        await using (var stream = File.Create(temporary)) write(stream);
        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteCrossValidation(TextWriter o, CrossValidationResult result, int articles, int folds)
    {
        o.WriteLine($"{folds}-fold cross-validation over {articles} articles: mean ± standard deviation over the folds");
        o.WriteLine($"{"field",-12} {"pipeline",-22} {"precision",-15} {"recall",-15} {"f1",-15}");
        foreach (var field in EvaluateCommand.Fields)
        {
            foreach (var (label, reports) in new[] { ("rules only", result.RulesOnly), ("+ tagger", result.WithTagger), ("+ tagger + relations", result.WithModels) })
            {
                var scores = reports.Select(r => EvaluateCommand.Field(r, field)).ToList();
                if (field == "amounts")
                    o.WriteLine($"{field,-12} {label,-22} {"",-15} {Spread(scores.Select(s => s.Recall)),-15} (accuracy)");
                else
                    o.WriteLine($"{field,-12} {label,-22} {Spread(scores.Select(s => s.Precision)),-15} {Spread(scores.Select(s => s.Recall)),-15} {Spread(scores.Select(s => s.F1)),-15}");
            }
        }
    }

    private static void WriteThresholds(TextWriter o, CrossValidationResult result)
    {
        if (result.Thresholds.Count == 0) return;
        o.WriteLine("investments by relation thresholds (keep a rule's pair / add another), all folds together:");
        foreach (var ((keep, add), s) in result.Thresholds.OrderByDescending(t => t.Value.F1))
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  keep {keep:F2} add {add:F2}: P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3}"));
    }

    private static string Spread(IEnumerable<double> values)
    {
        var v = values.ToList();
        double mean = v.Average();
        double sd = Math.Sqrt(v.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, v.Count - 1));
        return string.Create(CultureInfo.InvariantCulture, $"{mean:F3} ± {sd:F3}");
    }

    /// <summary>Reports on the calling thread, so messages reach the writer in order and before the command returns (Progress&lt;T&gt; posts to the pool).</summary>
    private sealed class ImmediateProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
