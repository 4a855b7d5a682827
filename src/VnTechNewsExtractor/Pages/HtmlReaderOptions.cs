namespace VnTechNewsExtractor.Pages;

/// <summary>Limits that keep <see cref="HtmlArticleReader"/> bounded in time and memory on huge or hostile pages.</summary>
public sealed record HtmlReaderOptions
{
    /// <summary>The defaults: 16 Mi characters, 400,000 elements, depth 512.</summary>
    public static HtmlReaderOptions Default { get; } = new();

    /// <summary>Characters of HTML read; the rest is cut off and reported as a <c>limit</c> error.</summary>
    public int MaxChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>Elements the generic reader examines; past this the page is reported as a <c>limit</c> error.</summary>
    public int MaxElements { get; init; } = 400_000;

    /// <summary>Nesting depth past which the page is cut before parsing (as browsers cap DOM depth) and the readers stop descending; real articles are a few dozen deep.</summary>
    public int MaxDepth { get; init; } = 512;

    /// <summary>The thresholds of the generic reader, for pages of sites without a site reader.</summary>
    public GenericReaderSettings Generic { get; init; } = GenericReaderSettings.Default;
}
