namespace VnTechNewsExtractor.Evaluation;

/// <summary>Micro-averaged scores over a gold folder, and each article's own.</summary>
public sealed record EvaluationReport(IReadOnlyList<ArticleScore> Articles)
{
    /// <summary>Companies over all articles.</summary>
    public FieldScore Companies => Sum(a => a.Companies);

    /// <summary>Money over all articles.</summary>
    public FieldScore Money => Sum(a => a.Money);

    /// <summary>Investments over all articles.</summary>
    public FieldScore Investments => Sum(a => a.Investments);

    /// <summary>Amount accuracy: the recall of <see cref="ArticleScore.Amounts"/> over all articles.</summary>
    public FieldScore Amounts => Sum(a => a.Amounts);

    private FieldScore Sum(Func<ArticleScore, FieldScore> field) => Articles.Select(field).Aggregate(FieldScore.Zero, (x, y) => x + y);
}
