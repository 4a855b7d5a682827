using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// The built-in word segmenter: decides for every gap between two adjacent syllables (or Latin words) whether they
/// belong to one word, with an averaged perceptron over the syllables around the gap, their shapes
/// (capitalisation keeps names such as Nguyễn Xuân Phúc whole) and what three lexicons and longest matching say.
/// Trained by <see cref="SegmenterTrainer"/>; the shipped model is <see cref="SegmentationModel.Default"/>.
/// </summary>
/// <remarks>Thread-safe: the model is read-only and the working arrays are per thread.</remarks>
public sealed class PerceptronWordSegmenter : IWordSegmenter
{
    private readonly SegmentationModel _model;

    /// <summary>Creates a segmenter over <paramref name="model"/> (the shipped one when null).</summary>
    public PerceptronWordSegmenter(SegmentationModel? model = null)
    {
        _model = model ?? SegmentationModel.Default;
        _places = _model.LexiconCount > SegmentationModel.PlacesLexicon ? SegmentationModel.PlacesLexicon : -1;
    }

    private readonly int _places;

    /// <inheritdoc />
    public IReadOnlyList<Word> Segment(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var span = SegmenterContext.AsSpan(tokens);
        var words = new List<Word>(span.Length);
        var context = SegmenterContext.ForThread();
        context.Prepare(text, span, _model);
        var sink = new ScoreSink(_model.Weights);
        int first = 0;
        for (int i = 0; i < span.Length; i++)
        {
            if (context.Candidate[i] && !context.IsForcedBoundary(i, _places))
            {
                sink.Score = 0;
                context.Features(i, ref sink);
                if (sink.Score > 0) continue; // joined: the word goes on
            }
            words.Add(new Word(span[first].Start, span[i].End, first, i - first + 1));
            first = i + 1;
        }
        return words;
    }

    /// <summary>Sums the weights of the features it receives.</summary>
    private struct ScoreSink(HashTable<float> weights) : IFeatureSink
    {
        public float Score;

        public readonly bool RecordsArguments => false;

        public void Add(SegmenterFeature template, ulong key, ReadOnlySpan<ulong> args) => Score += weights.Get(key);
    }
}
