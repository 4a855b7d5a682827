namespace VnTechNewsExtractor.Pages.Evaluation;

/// <summary>An extractor's scores on a set of pages: precision and recall averaged over pages, F1 of the averages.</summary>
/// <param name="Pages">Per-page comparisons, in id order.</param>
/// <param name="Elapsed">Time spent inside the extractor (reading files and scoring excluded).</param>
public sealed record ExtractionBenchmarkReport(IReadOnlyList<PageMatch> Pages, TimeSpan Elapsed)
{
    /// <summary>Mean precision over the pages with a prediction.</summary>
    public double Precision => Mean(Pages.Where(p => p.Match.HasPrediction).Select(p => p.Match.Precision));

    /// <summary>Mean recall over the pages with a true body.</summary>
    public double Recall => Mean(Pages.Where(p => p.Match.HasTruth).Select(p => p.Match.Recall));

    /// <summary>The harmonic mean of <see cref="Precision"/> and <see cref="Recall"/>.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
