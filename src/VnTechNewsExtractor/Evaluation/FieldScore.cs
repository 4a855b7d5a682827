namespace VnTechNewsExtractor.Evaluation;

/// <summary>Counts for one field, and the precision, recall and F1 they give.</summary>
/// <param name="TruePositives">Predictions that match the gold.</param>
/// <param name="Predicted">Predictions that count (those matching only optional gold are left out).</param>
/// <param name="Gold">Gold items that must be found.</param>
public sealed record FieldScore(int TruePositives, int Predicted, int Gold)
{
    /// <summary>Correct predictions that count on the precision side (can exceed recall's when optional items match).</summary>
    public int PrecisionHits { get; init; } = TruePositives;

    /// <summary>Share of predictions that are right; 1 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 1 : (double)PrecisionHits / Predicted;

    /// <summary>Share of gold items found; 1 when there was nothing to find.</summary>
    public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two scores' counts (micro-averaging).</summary>
    public static FieldScore operator +(FieldScore a, FieldScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new FieldScore(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold)
        {
            PrecisionHits = a.PrecisionHits + b.PrecisionHits,
        };
    }

    /// <summary>No counts.</summary>
    public static FieldScore Zero { get; } = new(0, 0, 0);
}
