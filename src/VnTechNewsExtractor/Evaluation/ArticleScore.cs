namespace VnTechNewsExtractor.Evaluation;

/// <summary>The scores of one article, with what went wrong, for reading.</summary>
public sealed record ArticleScore
{
    /// <summary>The gold file's id.</summary>
    public required string Id { get; init; }

    /// <summary>Companies.</summary>
    public required FieldScore Companies { get; init; }

    /// <summary>Money amounts.</summary>
    public required FieldScore Money { get; init; }

    /// <summary>Investment pairs.</summary>
    public required FieldScore Investments { get; init; }

    /// <summary>Gold pairs with amounts, and how many of them a predicted record carried.</summary>
    public required FieldScore Amounts { get; init; }

    /// <summary>Predicted companies that are not in the gold.</summary>
    public IReadOnlyList<string> ExtraCompanies { get; init; } = [];

    /// <summary>Required companies not found.</summary>
    public IReadOnlyList<string> MissedCompanies { get; init; } = [];

    /// <summary>Predicted amounts that match no gold amount.</summary>
    public IReadOnlyList<string> ExtraMoney { get; init; } = [];

    /// <summary>Gold amounts not found.</summary>
    public IReadOnlyList<string> MissedMoney { get; init; } = [];

    /// <summary>Predicted pairs that are not gold pairs ("A -> B").</summary>
    public IReadOnlyList<string> ExtraInvestments { get; init; } = [];

    /// <summary>Gold pairs not found.</summary>
    public IReadOnlyList<string> MissedInvestments { get; init; } = [];

    /// <summary>Problems reading the article.</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];
}
