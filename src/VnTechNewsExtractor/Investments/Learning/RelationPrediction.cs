using Microsoft.ML.Data;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>The relation classifier's answer for one candidate pair.</summary>
public sealed class RelationPrediction
{
    /// <summary>True when the pair is taken for an investment.</summary>
    [ColumnName("PredictedLabel")]
    public bool IsRelation { get; set; }

    /// <summary>The calibrated probability that the pair is an investment.</summary>
    public float Probability { get; set; }

    /// <summary>The raw score.</summary>
    public float Score { get; set; }
}
