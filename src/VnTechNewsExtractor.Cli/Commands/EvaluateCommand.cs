using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using VnTechNewsExtractor.Cli.Output;
using VnTechNewsExtractor.Evaluation;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary><c>vntech evaluate --gold DIR [PATH...]</c>: precision, recall and F1 per field against gold files.</summary>
internal static class EvaluateCommand
{
    internal static readonly string[] Fields = ["companies", "money", "investments", "amounts"];

    public static Command Create(ConsoleIo io)
    {
        var gold = new Option<string>("--gold") { Description = "Folder of *.gold.json files with their articles beside them.", Required = true };
        var paths = new Argument<string[]>("paths") { Description = "Records to score (.jsonl/.json written by 'analyze'); the gold folder's articles are analysed when absent.", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Machine-readable output." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Scores and mistakes per article." };
        var min = new Option<string[]>("--min")
        {
            Description = "A floor, as [ID:]FIELD.METRIC=VALUE (FIELD: companies, money, investments, amounts; METRIC: precision, recall, f1). Exit 1 when a score is below it.",
            AllowMultipleArgumentsPerToken = false,
        };
        var split = new Option<string?>("--split")
        {
            Description = "Score only the articles of this split (train, test), as the corpus' split.tsv (beside the gold files or in the folder above) assigns them.",
        };
        var command = new Command("evaluate", "Score the analysis of a gold folder's articles; print precision, recall and F1 per field.") { gold, paths, json, verbose, min, split };
        var models = new ModelsOption();
        models.AddTo(command);
        var rulesOnly = new Option<bool>("--rules-only") { Description = "Score the hand rules alone, without the learned company tagger and relation classifier." };
        command.Options.Add(rulesOnly);
        var losses = new Option<bool>("--losses") { Description = "Also follow every gold investment pair to the stage that lost it (party not found, not paired, rejected) and list the lost ones." };
        command.Options.Add(losses);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var goldDir = parse.GetValue(gold)!;
            if (!Directory.Exists(goldDir)) throw new UsageException($"the gold folder '{goldDir}' does not exist.");
            var floors = (parse.GetValue(min) ?? []).Select(Floor.Parse).ToList();
            var golds = SelectGold(goldDir, parse.GetValue(split));
            var options = models.Apply(parse, ArticleAnalyzerOptions.Default);
            if (parse.GetValue(rulesOnly)) options = options with { CompanyTagger = null, RelationClassifier = null };
            var analyzer = new ArticleAnalyzer(options);
            var report = await EvaluateAsync(goldDir, golds, parse.GetValue(paths) ?? [], analyzer, io, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(json)) WriteJson(report, parse.GetValue(verbose), io.Out);
            else WriteText(report, goldDir, parse.GetValue(verbose), io.Out);
            if (parse.GetValue(losses)) LossTable.Write(io.Out, RelationLossAnalysis.Run(goldDir, golds, analyzer), listMisses: true);
            bool ok = true;
            foreach (var floor in floors)
            {
                var score = floor.Read(report);
                if (score is null)
                {
                    await io.Error.WriteLineAsync($"vntech: floor {floor}: no article '{floor.ArticleId}' in the gold folder").ConfigureAwait(false);
                    ok = false;
                }
                else if (score < floor.Value)
                {
                    await io.Error.WriteLineAsync($"vntech: BELOW FLOOR {floor}: {score.Value.ToString("F3", CultureInfo.InvariantCulture)}").ConfigureAwait(false);
                    ok = false;
                }
            }
            return ok ? Program.Success : Program.SomeInputsFailed;
        });
        return command;
    }

    /// <summary>The gold files to score: every one in <paramref name="goldDir"/>, or those of one split; none is a usage error.</summary>
    internal static List<GoldArticle> SelectGold(string goldDir, string? split)
    {
        CorpusSplit? corpusSplit = null;
        if (split is not null)
        {
            corpusSplit = CorpusSplit.Find(goldDir)
                ?? throw new UsageException($"--split {split}: no {CorpusSplit.FileName} in '{goldDir}' or the folder above it.");
            if (!corpusSplit.Names.Contains(split))
                throw new UsageException($"--split {split}: {corpusSplit.Path} has the splits {string.Join(", ", corpusSplit.Names)}.");
        }
        var golds = CorpusEvaluator.LoadGold(goldDir, corpusSplit, split);
        if (golds.Count == 0)
            throw new UsageException(split is null
                ? $"nothing to score: '{goldDir}' has no *.gold.json files."
                : $"nothing to score: no gold file in '{goldDir}' belongs to split '{split}'.");
        return golds;
    }

    private static async Task<EvaluationReport> EvaluateAsync(string goldDir, List<GoldArticle> golds, string[] recordFiles, ArticleAnalyzer analyzer, ConsoleIo io, CancellationToken cancellationToken)
    {
        Dictionary<string, ArticleAnalysis>? records = null;
        if (recordFiles.Length > 0)
        {
            records = new Dictionary<string, ArticleAnalysis>(StringComparer.Ordinal);
            foreach (var file in recordFiles)
            {
                if (!File.Exists(file)) throw new UsageException($"the records file '{file}' does not exist.");
                foreach (var record in ReadRecords(file)) records[Path.GetFileName(record.Source)] = record;
            }
        }
        return await CorpusEvaluator.EvaluateAsync(goldDir, golds, analyzer, records, w => io.Error.WriteLine($"vntech: {w}"), cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<ArticleAnalysis> ReadRecords(string file)
    {
        var text = File.ReadAllText(file);
        if (text.TrimStart().StartsWith('['))
        {
            using var doc = JsonDocument.Parse(text);
            foreach (var e in doc.RootElement.EnumerateArray())
                if (ArticleJson.Deserialize(e.GetRawText()) is { } r) yield return r;
            yield break;
        }
        foreach (var line in text.Split('\n'))
            if (line.Trim().Length > 0 && ArticleJson.Deserialize(line) is { } r) yield return r;
    }

    internal static FieldScore Field(EvaluationReport r, string field) => field switch
    {
        "companies" => r.Companies,
        "money" => r.Money,
        "investments" => r.Investments,
        _ => r.Amounts,
    };

    private static FieldScore Field(ArticleScore a, string field) => field switch
    {
        "companies" => a.Companies,
        "money" => a.Money,
        "investments" => a.Investments,
        _ => a.Amounts,
    };

    internal static void WriteText(EvaluationReport report, string goldDir, bool verbose, TextWriter o)
    {
        o.WriteLine($"Evaluation of {Counted.Of(report.Articles.Count, "article")} in {goldDir}");
        o.WriteLine($"{"field",-12} {"precision",9} {"recall",7} {"f1",6} {"tp",5} {"pred",5} {"gold",5}");
        foreach (var f in Fields)
        {
            var s = Field(report, f);
            if (f == "amounts")
                o.WriteLine($"{"amounts",-12} accuracy {s.Recall.ToString("F3", CultureInfo.InvariantCulture)} ({s.TruePositives}/{s.Gold} gold pairs with amounts carry one)");
            else
                o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{f,-12} {s.Precision,9:F3} {s.Recall,7:F3} {s.F1,6:F3} {s.TruePositives,5} {s.Predicted,5} {s.Gold,5}"));
        }
        if (!verbose) return;
        foreach (var a in report.Articles)
        {
            o.WriteLine();
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{a.Id}: companies F1 {a.Companies.F1:F2}, money F1 {a.Money.F1:F2}, investments F1 {a.Investments.F1:F2}, amounts {a.Amounts.TruePositives}/{a.Amounts.Gold}"));
            void List(string label, IReadOnlyList<string> items)
            {
                if (items.Count > 0) o.WriteLine($"  {label}: {string.Join(" | ", items)}");
            }
            List("missed companies", a.MissedCompanies);
            List("extra companies", a.ExtraCompanies);
            List("missed money", a.MissedMoney);
            List("extra money", a.ExtraMoney);
            List("missed investments", a.MissedInvestments);
            List("extra investments", a.ExtraInvestments);
            List("errors", a.Errors);
        }
    }

    private static void WriteJson(EvaluationReport report, bool verbose, TextWriter o)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = ArticleJson.Options.Encoder }))
        {
            w.WriteStartObject();
            w.WriteNumber("articles", report.Articles.Count);
            foreach (var f in Fields) WriteScore(w, f, Field(report, f));
            if (verbose)
            {
                w.WriteStartArray("perArticle");
                foreach (var a in report.Articles)
                {
                    w.WriteStartObject();
                    w.WriteString("id", a.Id);
                    foreach (var f in Fields) WriteScore(w, f, Field(a, f));
                    WriteList(w, "missedCompanies", a.MissedCompanies);
                    WriteList(w, "extraCompanies", a.ExtraCompanies);
                    WriteList(w, "missedMoney", a.MissedMoney);
                    WriteList(w, "extraMoney", a.ExtraMoney);
                    WriteList(w, "missedInvestments", a.MissedInvestments);
                    WriteList(w, "extraInvestments", a.ExtraInvestments);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteScore(Utf8JsonWriter w, string name, FieldScore s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("precision", Math.Round(s.Precision, 4));
        w.WriteNumber("recall", Math.Round(s.Recall, 4));
        w.WriteNumber("f1", Math.Round(s.F1, 4));
        w.WriteNumber("truePositives", s.TruePositives);
        w.WriteNumber("predicted", s.Predicted);
        w.WriteNumber("gold", s.Gold);
        w.WriteEndObject();
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items) w.WriteStringValue(i);
        w.WriteEndArray();
    }

    /// <summary>A score floor: [ID:]FIELD.METRIC=VALUE.</summary>
    private sealed record Floor(string? ArticleId, string Field, string Metric, double Value)
    {
        public static Floor Parse(string s)
        {
            var m = System.Text.RegularExpressions.Regex.Match(s, @"^(?:(?<id>[^:=]+):)?(?<field>companies|money|investments|amounts)\.(?<metric>precision|recall|f1)=(?<v>[0-9.]+)$");
            if (!m.Success || !double.TryParse(m.Groups["v"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                throw new UsageException($"--min '{s}' is not [ID:]FIELD.METRIC=VALUE (for example investments.f1=0.8 or seed-fomo-ai:amounts.recall=1).");
            return new Floor(m.Groups["id"].Success ? m.Groups["id"].Value : null, m.Groups["field"].Value, m.Groups["metric"].Value, v);
        }

        public double? Read(EvaluationReport report)
        {
            FieldScore? score;
            if (ArticleId is null) score = EvaluateCommand.Field(report, Field);
            else score = report.Articles.FirstOrDefault(a => a.Id == ArticleId) is { } a ? EvaluateCommand.Field(a, Field) : null;
            if (score is null) return null;
            return Metric switch { "precision" => score.Precision, "recall" => score.Recall, _ => score.F1 };
        }

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(ArticleId is null ? "" : ArticleId + ":")}{Field}.{Metric}={Value}");
    }
}
