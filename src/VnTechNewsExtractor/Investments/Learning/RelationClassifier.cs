using System.Collections.Concurrent;
using Microsoft.ML;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>
/// A Microsoft.ML FastTree classifier that decides which candidate investor → investee pairs are investments, from the
/// rules' verdicts, the parties' positions and cues around them (<see cref="RelationFeatures"/>); trained by
/// <c>vntech train</c> on the corpus' train split and shipped as <c>models/relations/relation-classifier.zip</c>.
/// </summary>
/// <remarks>Thread-safe: prediction engines, which are not, are pooled.</remarks>
public sealed class RelationClassifier
{
    private static readonly Lazy<RelationClassifier?> ShippedModel = new(LoadShipped);
    private readonly MLContext _ml = new(seed: 1);
    private readonly ITransformer _model;
    private readonly ConcurrentBag<PredictionEngine<RelationFeatures, RelationPrediction>> _engines = [];

    private RelationClassifier(ITransformer model) => _model = model;

    /// <summary>The model shipped with the library, or null when it has none.</summary>
    public static RelationClassifier? Shipped => ShippedModel.Value;

    /// <summary>A pair the hand rules found is dropped only when it scores below this.</summary>
    public float KeepThreshold { get; init; } = 0.1f;

    /// <summary>A pair the hand rules did not find is added only when it scores at least this.</summary>
    public float AddThreshold { get; init; } = 0.4f;

    /// <summary>Loads a model saved by <see cref="Save"/>.</summary>
    public static RelationClassifier Load(Stream stream)
    {
        var ml = new MLContext(seed: 1);
        return new RelationClassifier(ml.Model.Load(stream, out _));
    }

    /// <summary>Trains a classifier on labelled rows.</summary>
    public static RelationClassifier Train(IEnumerable<RelationFeatures> rows)
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = ml.Transforms.Concatenate("Features", nameof(RelationFeatures.Numeric), nameof(RelationFeatures.Words))
            .Append(ml.BinaryClassification.Trainers.FastTree(new Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer.Options
            {
                LabelColumnName = nameof(RelationFeatures.Label),
                FeatureColumnName = "Features",
                NumberOfLeaves = 16,
                NumberOfTrees = 300,
                MinimumExampleCountPerLeaf = 8,
                LearningRate = 0.1,
                Seed = 1,
                NumberOfThreads = 1, // deterministic: the same rows give the same model
            }));
        return new RelationClassifier(pipeline.Fit(data));
    }

    /// <summary>This model with other decision thresholds.</summary>
    public RelationClassifier WithThresholds(float keep, float add) => new(_model) { KeepThreshold = keep, AddThreshold = add };

    /// <summary>Writes the model.</summary>
    public void Save(Stream stream)
    {
        var schema = _ml.Data.LoadFromEnumerable(Array.Empty<RelationFeatures>()).Schema;
        _ml.Model.Save(_model, schema, stream);
    }

    /// <summary>The probability that the candidate described by <paramref name="features"/> is an investment.</summary>
    public float Score(RelationFeatures features)
    {
        if (!_engines.TryTake(out var engine)) engine = _ml.Model.CreatePredictionEngine<RelationFeatures, RelationPrediction>(_model);
        try
        {
            return engine.Predict(features).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    private static RelationClassifier? LoadShipped()
    {
        var stream = ResourceData.TryOpen("Models.relations.relation-classifier.zip");
        if (stream is null) return null;
        using (stream) return Load(stream);
    }
}
