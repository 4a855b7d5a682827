using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using VnTechNewsExtractor.Deals;

namespace VnTechNewsExtractor.Serialization;

/// <summary>Writes and reads <see cref="Deal"/> records as JSON (camelCase, one record per line), the deal record of the README.</summary>
public static class DealJson
{
    /// <summary>Options for one record per line: compact, Vietnamese letters written as they are.</summary>
    public static JsonSerializerOptions Options { get; } = new(DealJsonContext.Default.Options)
    {
        // Vietnamese text stays readable; output is data, never embedded in HTML (the report escapes its own).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly DealJsonContext Context = new(Options);

    /// <summary>The deal as one line of JSON.</summary>
    public static string Serialize(Deal deal) => JsonSerializer.Serialize(deal, Context.Deal);

    /// <summary>Reads one deal.</summary>
    public static Deal? Deserialize(string json) => JsonSerializer.Deserialize(json, Context.Deal);
}

/// <summary>The source-generated serializer of the deal types.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters = [typeof(InvestmentKindJsonConverter)])]
[JsonSerializable(typeof(Deal))]
internal sealed partial class DealJsonContext : JsonSerializerContext;
