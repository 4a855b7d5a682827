using System.Text.Json;

namespace VnTechNewsExtractor.Tests;

/// <summary>Reads a spec table (JSON array) from the test output's <c>Specs/</c> folder.</summary>
internal static class SpecTable
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T[] Load<T>(string fileName) =>
        JsonSerializer.Deserialize<T[]>(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Specs", fileName)), Options)
        ?? throw new InvalidDataException($"Specs/{fileName} is empty");
}
