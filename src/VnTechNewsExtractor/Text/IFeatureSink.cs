namespace VnTechNewsExtractor.Text;

/// <summary>Receives the features of one gap: scoring sums their weights, training records them.</summary>
internal interface IFeatureSink
{
    /// <summary>False when <see cref="Add"/> ignores the arguments (scoring), which spares building them.</summary>
    bool RecordsArguments { get; }

    /// <summary>Receives feature <paramref name="template"/> with its key and arguments (unused ones are 0).</summary>
    void Add(SegmenterFeature template, ulong key, ReadOnlySpan<ulong> args);
}
