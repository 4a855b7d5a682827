using System.CommandLine;
using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>
/// <c>vntech agreement FIRST SECOND</c>: inter-annotator agreement between two folders of gold files for the same
/// articles, scored with the evaluation's scorer (the first annotation as reference).
/// </summary>
internal static class AgreementCommand
{
    public static Command Create(ConsoleIo io)
    {
        var first = new Argument<string>("first") { Description = "Folder of the first annotation's *.gold.json files (the reference)." };
        var second = new Argument<string>("second") { Description = "Folder of the second, independent annotation of some of the same articles." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Disagreements per article." };
        var command = new Command("agreement", "Agreement between two annotations of the same articles: precision, recall and F1 of the second against the first.")
            { first, second, verbose };
        command.SetAction((parse, _) =>
        {
            string a = parse.GetValue(first)!, b = parse.GetValue(second)!;
            foreach (var dir in new[] { a, b })
                if (!Directory.Exists(dir)) throw new UsageException($"the gold folder '{dir}' does not exist.");
            var report = AnnotatorAgreement.Compare(a, b);
            if (report.Articles.Count == 0) throw new UsageException($"nothing to compare: no gold file of '{b}' has a counterpart in '{a}'.");
            EvaluateCommand.WriteText(report, $"{b} against {a}", parse.GetValue(verbose), io.Out);
            return Task.FromResult(Program.Success);
        });
        return command;
    }
}
