using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace VnTechNewsExtractor.Serialization;

/// <summary>Writes and reads <see cref="ArticleAnalysis"/> records as the JSON of the project's contract (camelCase).</summary>
public static class ArticleJson
{
    /// <summary>Options for one record per line: compact, Vietnamese letters written as they are.</summary>
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    /// <summary>Options for human-readable, indented output.</summary>
    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    private static readonly ArticleJsonContext Compact = new(Options);
    private static readonly ArticleJsonContext Indented = new(IndentedOptions);

    /// <summary>The record as one line of JSON.</summary>
    public static string Serialize(ArticleAnalysis analysis) => JsonSerializer.Serialize(analysis, Compact.ArticleAnalysis);

    /// <summary>Writes the record to <paramref name="writer"/>.</summary>
    public static void Serialize(Utf8JsonWriter writer, ArticleAnalysis analysis, bool indented = false) =>
        JsonSerializer.Serialize(writer, analysis, (indented ? Indented : Compact).ArticleAnalysis);

    /// <summary>Money amounts as a JSON array.</summary>
    public static string Serialize(IReadOnlyList<MoneyAmount> amounts) => JsonSerializer.Serialize(amounts, Compact.IReadOnlyListMoneyAmount);

    /// <summary>Writes money amounts as a JSON array to <paramref name="writer"/>.</summary>
    public static void Serialize(Utf8JsonWriter writer, IReadOnlyList<MoneyAmount> amounts) =>
        JsonSerializer.Serialize(writer, amounts, Compact.IReadOnlyListMoneyAmount);

    /// <summary>Reads one record.</summary>
    public static ArticleAnalysis? Deserialize(string json) => JsonSerializer.Deserialize(json, Compact.ArticleAnalysis);

    private static JsonSerializerOptions Create(bool indented) =>
        new(ArticleJsonContext.Default.Options)
        {
            // Vietnamese text stays readable; output is data, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = indented,
        };
}

/// <summary>The source-generated serializer of the record types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(InvestmentKindJsonConverter), typeof(PartyKindJsonConverter)])]
[JsonSerializable(typeof(ArticleAnalysis))]
[JsonSerializable(typeof(IReadOnlyList<MoneyAmount>))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;

/// <summary>Writes <see cref="InvestmentKind"/> as "investment", "pledge", "acquisition", "stake".</summary>
internal sealed class InvestmentKindJsonConverter() : JsonStringEnumConverter<InvestmentKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

/// <summary>Writes <see cref="PartyKind"/> as "company", "fund", "person", "stateBody", "unknown".</summary>
internal sealed class PartyKindJsonConverter() : JsonStringEnumConverter<PartyKind>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
