namespace VnTechNewsExtractor.Pages.Evaluation;

/// <summary>How one page's extracted body compares with its true body.</summary>
/// <param name="Id">The page's id.</param>
/// <param name="Match">The shingle comparison.</param>
public sealed record PageMatch(string Id, ShingleMatch Match)
{
    /// <summary>The page's own F1.</summary>
    public double F1 => Match.Precision + Match.Recall == 0 ? 0 : 2 * Match.Precision * Match.Recall / (Match.Precision + Match.Recall);
}
