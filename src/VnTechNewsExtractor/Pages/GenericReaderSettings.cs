namespace VnTechNewsExtractor.Pages;

/// <summary>
/// The thresholds of the generic reader (pages of sites without a site reader), named so that they can be read, tuned
/// and tested one by one. The defaults follow Readability's scoring, with two additions in the manner of jusText and
/// trafilatura: short blocks count for little, and a sibling joins the article only when it is prose.
/// </summary>
public sealed record GenericReaderSettings
{
    /// <summary>The defaults.</summary>
    public static GenericReaderSettings Default { get; } = new();

    /// <summary>A block with fewer characters scores nothing (Readability's 25).</summary>
    public int MinBlockChars { get; init; } = 25;

    /// <summary>
    /// A block with fewer characters is short: a quotation, a teaser's blurb, a caption (jusText's "short" blocks are
    /// under 70). A page of many short blocks must not outscore an article of a few long paragraphs.
    /// </summary>
    public int ShortBlockChars { get; init; } = 80;

    /// <summary>What a short block adds to its ancestors, at most (a full block adds 1 + its commas + a point per 100 characters).</summary>
    public double ShortBlockScore { get; init; } = 0.5;

    /// <summary>How many ancestors a block's score reaches (Readability: 5; divided by 1, 2, then 3 × the level).</summary>
    public int AncestorLevels { get; init; } = 5;

    /// <summary>A sibling of the best candidate joins it when it scores this share of the best's score (Readability's 0.2)...</summary>
    public double SiblingScoreShare { get; init; } = 0.2;

    /// <summary>... and at least this much.</summary>
    public double MinSiblingScore { get; init; } = 10;

    /// <summary>
    /// ... and when at least this share of its block text is in blocks that are not short: a grid of teasers or a column
    /// of quotations beside the article scores well but is no prose.
    /// </summary>
    public double SiblingProseShare { get; init; } = 0.5;

    /// <summary>A paragraph sibling with more characters than this joins when its link density is under <see cref="ParagraphSiblingLinkDensity"/>.</summary>
    public int ParagraphSiblingChars { get; init; } = 80;

    /// <summary>The link density under which a long paragraph sibling joins.</summary>
    public double ParagraphSiblingLinkDensity { get; init; } = 0.25;

    /// <summary>A container inside the article with a greater share of linked text is removed (a list: <see cref="ListLinkDensity"/>).</summary>
    public double LinkDensity { get; init; } = 0.2;

    /// <summary>The link density a long list inside the article may have.</summary>
    public double ListLinkDensity { get; init; } = 0.5;

    /// <summary>A paragraph, list item or heading inside the article with a greater share of linked text is removed.</summary>
    public double BlockLinkDensity { get; init; } = 0.8;

    /// <summary>
    /// A container inside the article with a picture, no block of prose (only short blocks) and fewer characters than
    /// this is a teaser card or a captioned picture, and is removed.
    /// </summary>
    public int CardMaxChars { get; init; } = 300;

    /// <summary>A result with this many characters in sentence-sized paragraphs ends the retries with fewer assumptions.</summary>
    public int EnoughChars { get; init; } = 500;
}
