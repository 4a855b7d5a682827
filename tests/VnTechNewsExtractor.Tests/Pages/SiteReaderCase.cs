namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>One row of the site-reader table: a fixture page and what the reader must find in it.</summary>
public sealed record SiteReaderCase(
    string File,
    string Site,
    string Title,
    string? LeadStart,
    string? PublishedAt,
    string[] Authors,
    string[] Category,
    int Paragraphs,
    string FirstParagraphStart,
    string[] MustExclude)
{
    /// <inheritdoc />
    public override string ToString() => File;
}
