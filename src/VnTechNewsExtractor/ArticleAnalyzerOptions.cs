using VnTechNewsExtractor.Companies;
using VnTechNewsExtractor.Investments.Learning;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor;

/// <summary>How an <see cref="ArticleAnalyzer"/> works. Every property has a sensible default.</summary>
public sealed record ArticleAnalyzerOptions
{
    /// <summary>The defaults: built-in segmenter and gazetteer, 64 MiB, a minute and 500,000 characters of text per file, one worker per core.</summary>
    public static ArticleAnalyzerOptions Default { get; } = new();

    /// <summary>The word segmenter; the built-in <see cref="PerceptronWordSegmenter"/> when null.</summary>
    public IWordSegmenter? WordSegmenter { get; init; }

    /// <summary>
    /// A named-entity backend whose entities fill <see cref="Documents.Document.Entities"/>; none when null (the
    /// built-in pipeline finds companies with its own recognizer).
    /// </summary>
    public IEntityRecognizer? EntityRecognizer { get; init; }

    /// <summary>The company gazetteer; the shipped one when null.</summary>
    public CompanyGazetteer? Gazetteer { get; init; }

    /// <summary>
    /// The learned decision on candidate investment pairs (<see cref="RelationClassifier.Shipped"/> by default, trained by
    /// <c>vntech train</c> on the project's corpus); null for the hand rules alone.
    /// </summary>
    public RelationClassifier? RelationClassifier { get; init; } = RelationClassifier.Shipped;

    /// <summary>
    /// The learned company tagger that decides which of the rules' names, and which other names, are companies
    /// (<see cref="Companies.Learning.CompanyTagger.Shipped"/> by default, trained by <c>vntech train</c> on the
    /// project's corpus); null for the hand rules alone.
    /// </summary>
    public Companies.Learning.CompanyTagger? CompanyTagger { get; init; } = Companies.Learning.CompanyTagger.Shipped;

    /// <summary>Files larger than this are reported and skipped.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The time one file may take, reading included. Past it the work is cancelled and the file gets a <c>limit</c>
    /// error record; a read the operating system blocks (a named pipe, a stalled network drive) is abandoned, so the
    /// batch goes on. Real articles take milliseconds; the default is a minute.
    /// </summary>
    public TimeSpan MaxFileTime { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Characters of article text (title, lead and paragraphs) the pipeline analyses; the rest is dropped with a
    /// <c>limit</c> error, which bounds the memory and time a huge page or text file can take. The default, 500,000, is
    /// ten times a long news article;
    /// text packed with deals analyses at about 70,000 characters a second, so the cap also keeps a file within seconds.
    /// </summary>
    public int MaxTextChars { get; init; } = 500_000;

    /// <summary>How many files are analysed at once by the batch methods.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The file extensions the folder methods read (with the dot, any case).</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [".html", ".htm", ".txt"];
}
