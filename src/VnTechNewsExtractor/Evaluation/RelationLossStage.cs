namespace VnTechNewsExtractor.Evaluation;

/// <summary>Where the pipeline lost a gold investment pair, or that it did not.</summary>
public enum RelationLossStage
{
    /// <summary>The pair is among the analysis' investments.</summary>
    Found,

    /// <summary>The investor is not among the document's parties (companies, people, unclaimed names).</summary>
    InvestorMissing,

    /// <summary>The investee is not among the document's parties.</summary>
    InvesteeMissing,

    /// <summary>Neither party is among the document's parties.</summary>
    BothMissing,

    /// <summary>Both parties are in the document, but no candidate pairs them.</summary>
    NoCandidate,

    /// <summary>A candidate pairs them, and the rules or the classifier rejected it.</summary>
    Rejected,
}
