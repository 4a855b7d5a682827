using System.Globalization;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>The totals of an <c>analyze</c> run, reported on stderr at its end.</summary>
internal sealed class BatchSummary
{
    public int Files { get; private set; }

    public int Articles { get; private set; }

    public int Companies { get; private set; }

    public int Deals { get; private set; }

    public int Errors { get; private set; }

    public bool Cancelled { get; set; }

    public void Add(ArticleAnalysis record)
    {
        Files++;
        if (record.IsArticle) Articles++;
        Companies += record.Companies.Count;
        Deals += record.Investments.Count;
        if (record.Errors.Count > 0) Errors++;
    }

    public string Describe(TimeSpan elapsed) => string.Create(CultureInfo.InvariantCulture,
        $"vntech: {(Cancelled ? "cancelled after " : "")}{Counted.Of(Files, "file")}, {Counted.Of(Articles, "article")}, {Counted.Of(Companies, "company", "companies")}, {Counted.Of(Deals, "deal")}, {Errors} with errors, {Files / Math.Max(0.001, elapsed.TotalSeconds):F1} files/s");
}
