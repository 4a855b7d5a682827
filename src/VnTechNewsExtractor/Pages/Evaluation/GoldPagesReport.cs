namespace VnTechNewsExtractor.Pages.Evaluation;

/// <summary>The reader's results on a folder of gold pages.</summary>
/// <param name="Pages">Per page, in file order.</param>
public sealed record GoldPagesReport(IReadOnlyList<GoldPageResult> Pages)
{
    /// <summary>Pages whose title is right.</summary>
    public int TitlesCorrect => Pages.Count(p => p.TitleCorrect);

    /// <summary>Pages whose date is right.</summary>
    public int DatesCorrect => Pages.Count(p => p.DateCorrect);

    /// <summary>Pages whose article/list verdict is right.</summary>
    public int IsArticleCorrect => Pages.Count(p => p.IsArticleCorrect);

    /// <summary>Pages with no leaked caption or must-exclude string.</summary>
    public int LeakFree => Pages.Count(p => p.Leaks.Count == 0);

    /// <summary>Body scores aggregated as the extraction benchmark does.</summary>
    public ExtractionBenchmarkReport Body => new(Pages.Select(p => p.Body).ToList(), TimeSpan.Zero);
}
