namespace VnTechNewsExtractor;

/// <summary>How far a batch has got, reported after each file (see <see cref="ArticleAnalyzer.AnalyzeFilesAsync(IEnumerable{string}, IProgress{AnalysisProgress}?, CancellationToken)"/>).</summary>
/// <param name="FilesDone">Files analysed so far, in input order.</param>
/// <param name="FilesTotal">Files in the batch, when known in advance.</param>
/// <param name="FilesWithErrors">Files so far whose record carries errors.</param>
/// <param name="LastSource">The file just finished.</param>
public sealed record AnalysisProgress(int FilesDone, int? FilesTotal, int FilesWithErrors, string LastSource)
{
    /// <summary>The share done, from 0 to 1, or null when the total is unknown.</summary>
    public double? Fraction => FilesTotal is > 0 and var total ? (double)FilesDone / total : null;
}
