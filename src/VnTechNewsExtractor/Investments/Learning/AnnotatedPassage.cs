using System.Text.Json;
using System.Text.Json.Serialization;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>A short passage with the relations a person annotated in it (one line of <c>models/training/*.jsonl</c>).</summary>
public sealed record AnnotatedPassage
{
    /// <summary>The passage's id.</summary>
    public string Id { get; init; } = "";

    /// <summary>One to three sentences of news text.</summary>
    public string Text { get; init; } = "";

    /// <summary>The companies named in the text.</summary>
    public IReadOnlyList<string> Companies { get; init; } = [];

    /// <summary>The people named in the text.</summary>
    public IReadOnlyList<string> People { get; init; } = [];

    /// <summary>The investment relations the text states.</summary>
    public IReadOnlyList<AnnotatedRelation> Relations { get; init; } = [];

    /// <summary>Tempting pairs that are not investments.</summary>
    public IReadOnlyList<AnnotatedRelation> NotRelations { get; init; } = [];

    /// <summary>Which construction the passage exercises.</summary>
    public string Construction { get; init; } = "";

    /// <summary>Reads a JSON Lines file of passages.</summary>
    public static List<AnnotatedPassage> Load(string path)
    {
        var passages = new List<AnnotatedPassage>();
        int line = 0;
        foreach (var json in File.ReadLines(path))
        {
            line++;
            if (json.Trim().Length == 0) continue;
            try
            {
                passages.Add(JsonSerializer.Deserialize(json, AnnotatedPassageJson.Default.AnnotatedPassage) ?? throw new JsonException("null"));
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{line}: {ex.Message}", ex);
            }
        }
        return passages;
    }
}

/// <summary>An annotated investor → investee pair.</summary>
public sealed record AnnotatedRelation
{
    /// <summary>Who invests.</summary>
    public string Investor { get; init; } = "";

    /// <summary>Who is invested in.</summary>
    public string Investee { get; init; } = "";

    /// <summary>investment, pledge, acquisition or stake.</summary>
    public string? Kind { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AnnotatedPassage))]
internal sealed partial class AnnotatedPassageJson : JsonSerializerContext;
