namespace VnTechNewsExtractor.Pages.Evaluation;

/// <summary>How the reader did on one gold page.</summary>
/// <param name="Id">The gold file's id.</param>
/// <param name="TitleCorrect">The title equals the gold title (whitespace-normalised).</param>
/// <param name="DateCorrect">The publication time equals the gold one to the minute (or both are absent).</param>
/// <param name="IsArticleCorrect">The article/list verdict agrees.</param>
/// <param name="Body">The paragraphs against the gold body paragraphs.</param>
/// <param name="Leaks">Gold <c>mustExclude</c> strings and captions found in the lead or paragraphs.</param>
/// <param name="Mistakes">What was wrong, for people.</param>
public sealed record GoldPageResult(string Id, bool TitleCorrect, bool DateCorrect, bool IsArticleCorrect, PageMatch Body, IReadOnlyList<string> Leaks, IReadOnlyList<string> Mistakes);
