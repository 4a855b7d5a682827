namespace VnTechNewsExtractor.Text;

/// <summary>Word-level scores of a segmentation against gold: a word counts when both of its ends match.</summary>
/// <param name="Gold">Gold words.</param>
/// <param name="Predicted">Predicted words.</param>
/// <param name="Correct">Predicted words that are gold words.</param>
/// <param name="Sentences">Sentences scored.</param>
public sealed record SegmentationScore(int Gold, int Predicted, int Correct, int Sentences)
{
    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
