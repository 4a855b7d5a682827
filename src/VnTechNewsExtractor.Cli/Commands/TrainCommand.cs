using System.CommandLine;
using System.Globalization;
using VnTechNewsExtractor.Evaluation;
using VnTechNewsExtractor.Investments.Learning;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech train</c>: trains the relation classifier and reports precision and recall with and without it.</summary>
internal static class TrainCommand
{
    public static Command Create(ConsoleIo io)
    {
        var train = new Option<string>("--train") { Description = "Annotated passages to learn from (JSON Lines).", DefaultValueFactory = _ => "models/training/relations-train.jsonl" };
        var test = new Option<string>("--test") { Description = "Held-out annotated passages to measure on (JSON Lines).", DefaultValueFactory = _ => "models/training/relations-test.jsonl" };
        var output = new Option<string>("--out") { Description = "Where to write the model.", DefaultValueFactory = _ => "models/relations/relation-classifier.zip" };
        var gold = new Option<string?>("--gold") { Description = "A gold folder (as for 'evaluate') to also measure investments on." };
        var command = new Command("train", "Train the relation classifier from annotated passages; report precision and recall with and without it.") { train, test, output, gold };
        command.SetAction(async (parse, cancellationToken) =>
        {
            string trainPath = parse.GetValue(train)!, testPath = parse.GetValue(test)!, outPath = parse.GetValue(output)!;
            foreach (var p in new[] { trainPath, testPath })
                if (!File.Exists(p)) throw new UsageException($"the passages file '{p}' does not exist.");
            var trainSet = AnnotatedPassage.Load(trainPath);
            var testSet = AnnotatedPassage.Load(testPath);
            var rows = RelationTrainer.Rows(trainSet);
            await io.Out.WriteLineAsync($"training on {trainSet.Count} passages: {rows.Count} candidate pairs, {rows.Count(r => r.Label)} of them relations").ConfigureAwait(false);
            var classifier = RelationClassifier.Train(rows);

            var dir = Path.GetDirectoryName(Path.GetFullPath(outPath))!;
            Directory.CreateDirectory(dir);
            var temporary = Path.Combine(dir, $".{Path.GetFileName(outPath)}.{Environment.ProcessId}.tmp");
            await using (var stream = File.Create(temporary)) classifier.Save(stream);
            File.Move(temporary, outPath, overwrite: true);
            await io.Out.WriteLineAsync($"model written to {outPath}").ConfigureAwait(false);

            await io.Out.WriteLineAsync($"{"held-out passages (" + testSet.Count + ")",-34} {"precision",9} {"recall",7} {"f1",6}").ConfigureAwait(false);
            Report(io, "  rules only", RelationTrainer.Evaluate(testSet, null));
            Report(io, "  rules + model", RelationTrainer.Evaluate(testSet, classifier));
            if (parse.GetValue(gold) is { } goldDir)
            {
                if (!Directory.Exists(goldDir)) throw new UsageException($"the gold folder '{goldDir}' does not exist.");
                await io.Out.WriteLineAsync($"investments in {goldDir}").ConfigureAwait(false);
                var rules = await CorpusEvaluator.EvaluateAsync(goldDir, new ArticleAnalyzer(new ArticleAnalyzerOptions { RelationClassifier = null }), cancellationToken: cancellationToken).ConfigureAwait(false);
                var model = await CorpusEvaluator.EvaluateAsync(goldDir, new ArticleAnalyzer(new ArticleAnalyzerOptions { RelationClassifier = classifier }), cancellationToken: cancellationToken).ConfigureAwait(false);
                Report(io, "  rules only", rules.Investments);
                Report(io, "  rules + model", model.Investments);
            }
            return Program.Success;
        });
        return command;
    }

    private static void Report(ConsoleIo io, string label, FieldScore s) =>
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label,-34} {s.Precision,9:F3} {s.Recall,7:F3} {s.F1,6:F3}  ({s.TruePositives}/{s.Gold} found, {s.Predicted} predicted)"));
}
