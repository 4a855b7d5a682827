namespace VnTechNewsExtractor.Evaluation;

/// <summary>What became of one required gold investment pair in an analysis.</summary>
/// <param name="File">The gold article's text file.</param>
/// <param name="Investor">The gold investor.</param>
/// <param name="Investee">The gold investee.</param>
/// <param name="Kind">The gold kind (investment, acquisition, stake, pledge), or null.</param>
/// <param name="Stage">Where the pair was lost.</param>
/// <param name="AmountCarried">For a gold pair with amounts: whether the found relation carries one of them (null when the gold gives none).</param>
/// <param name="Detail">For a pair not paired, how near its parties come ("same sentence", "2 sentences apart"); for a rejected one, the classifier's best score.</param>
public sealed record RelationLoss(string File, string Investor, string Investee, string? Kind, RelationLossStage Stage, bool? AmountCarried, string? Detail = null);
