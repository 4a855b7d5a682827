using Microsoft.ML.Data;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>What the relation classifier sees of one candidate pair: the trigger, the positions, and the words around.</summary>
/// <remarks>A data row for Microsoft.ML; public because ML.NET binds rows by reflection.</remarks>
public sealed class RelationFeatures
{
    /// <summary>Number of numeric features in <see cref="Numeric"/>.</summary>
    public const int NumericCount = 46;

    /// <summary>True when the pair is an investment (training only).</summary>
    public bool Label { get; set; }

    /// <summary>The trigger phrase.</summary>
    public string Trigger { get; set; } = "";

    /// <summary>The trigger's clause pattern.</summary>
    public string Pattern { get; set; } = "";

    /// <summary>Up to three words before the trigger.</summary>
    public string Before { get; set; } = "";

    /// <summary>Up to six words between the trigger and the investee.</summary>
    public string Gap { get; set; } = "";

    /// <summary>Up to two words before the investor.</summary>
    public string InvestorContext { get; set; } = "";

    /// <summary>Positions, kinds of party and cues, as numbers (see <see cref="RelationFeatureExtractor"/>).</summary>
    [VectorType(NumericCount)]
    public float[] Numeric { get; set; } = new float[NumericCount];

    /// <summary>Number of hashed word features in <see cref="Words"/>.</summary>
    public const int WordCount = 1024;

    /// <summary>
    /// The words and word pairs of <see cref="Trigger"/>, <see cref="Pattern"/>, <see cref="Before"/>, <see cref="Gap"/> and
    /// <see cref="InvestorContext"/>, hashed (per field) into <see cref="WordCount"/> slots: computed here rather than
    /// by ML.NET's text featuriser, which cost a hundred microseconds a pair.
    /// </summary>
    [VectorType(WordCount)]
    public float[] Words { get; set; } = new float[WordCount];
}
