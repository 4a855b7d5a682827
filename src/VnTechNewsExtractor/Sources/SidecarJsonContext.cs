using System.Text.Json.Serialization;

namespace VnTechNewsExtractor.Sources;

/// <summary>Source-generated JSON for <see cref="PageSidecar"/>.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(PageSidecar))]
internal sealed partial class SidecarJsonContext : JsonSerializerContext;
