namespace VnTechNewsExtractor.Sources;

/// <summary>
/// A page a source will deliver, named before it is loaded so that a batch can keep input order while it loads
/// several pages at once.
/// </summary>
/// <param name="Source">What the page's record will report as its source.</param>
/// <param name="Load">Reads or fetches the page; never throws for a bad input (the page carries the error).</param>
public sealed record PageEntry(string Source, Func<CancellationToken, Task<SourcePage>> Load);
