using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>Prints where the gold investment pairs were lost, per kind of deal: the counts that say which layer to improve.</summary>
internal static class LossTable
{
    private static readonly RelationLossStage[] Stages = Enum.GetValues<RelationLossStage>();

    public static void Write(TextWriter o, IReadOnlyCollection<RelationLoss> losses, bool listMisses)
    {
        if (losses.Count == 0) return;
        o.WriteLine($"gold investment pairs by where they were lost ({losses.Count} pairs):");
        o.WriteLine($"  {"kind",-12}" + string.Concat(Stages.Select(s => $" {Label(s),10}")) + $" {"amounts",10}  (amounts: carried / found with one / gold with one)");
        foreach (var kind in losses.Select(l => l.Kind ?? "?").Distinct().Order(StringComparer.Ordinal).Append("all"))
        {
            var rows = losses.Where(l => kind == "all" || (l.Kind ?? "?") == kind).ToList();
            var amounts = rows.Where(l => l.AmountCarried is not null).ToList();
            o.WriteLine($"  {kind,-12}" + string.Concat(Stages.Select(s => $" {rows.Count(l => l.Stage == s),10}"))
                        + $" {$"{amounts.Count(l => l.AmountCarried == true)}/{amounts.Count(l => l.Stage == RelationLossStage.Found)}/{amounts.Count}",10}");
        }
        if (!listMisses) return;
        foreach (var group in losses.Where(l => l.Stage != RelationLossStage.Found || l.AmountCarried == false).GroupBy(l => l.Stage).OrderBy(g => g.Key))
        {
            o.WriteLine(group.Key == RelationLossStage.Found ? "found without the gold amount:" : $"{Label(group.Key)}:");
            foreach (var l in group) o.WriteLine($"  {Path.GetFileNameWithoutExtension(l.File)}: {l.Investor} -> {l.Investee} ({l.Kind}{(l.Detail is null ? "" : "; " + l.Detail)})");
        }
    }

    private static string Label(RelationLossStage stage) => stage switch
    {
        RelationLossStage.Found => "found",
        RelationLossStage.InvestorMissing => "no investor",
        RelationLossStage.InvesteeMissing => "no investee",
        RelationLossStage.BothMissing => "no parties",
        RelationLossStage.NoCandidate => "not paired",
        RelationLossStage.Rejected => "rejected",
        _ => stage.ToString(),
    };
}
