namespace VnTechNewsExtractor.Text;

/// <summary>Receives the features of one gap: scoring sums their weights, training records them.</summary>
internal interface IFeatureSink
{
    /// <summary>Receives feature <paramref name="template"/> with its arguments (unused ones are 0) and its key.</summary>
    void Add(SegmenterFeature template, ulong key, ulong a0, ulong a1, ulong a2, ulong a3);
}
