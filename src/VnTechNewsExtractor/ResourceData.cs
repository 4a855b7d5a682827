using System.Reflection;

namespace VnTechNewsExtractor;

/// <summary>Reads the language data and models embedded in this assembly.</summary>
internal static class ResourceData
{
    private static readonly Assembly Self = typeof(ResourceData).Assembly;

    // Folder separators in logical names depend on the build machine ('/' or '\'): index them as dots.
    private static readonly Dictionary<string, string> Names = Self.GetManifestResourceNames()
        .ToDictionary(n => n.Replace('/', '.').Replace('\\', '.'), n => n, StringComparer.Ordinal);

    /// <summary>Opens an embedded file by its logical name (for example "Models.lexicon.vi-words.txt").</summary>
    public static Stream Open(string logicalName) =>
        (Names.TryGetValue("VnTechNewsExtractor." + logicalName, out var real) ? Self.GetManifestResourceStream(real) : null)
        ?? throw new InvalidOperationException($"Embedded resource '{logicalName}' is missing from {Self.GetName().Name}.");

    /// <summary>Opens an embedded file, or returns null when the assembly has none by that name.</summary>
    public static Stream? TryOpen(string logicalName) =>
        Names.TryGetValue("VnTechNewsExtractor." + logicalName, out var real) ? Self.GetManifestResourceStream(real) : null;

    /// <summary>
    /// The non-empty, non-comment lines of a file under <c>Resources/</c> (or of another embedded file when
    /// <paramref name="name"/> starts with "Models.").
    /// </summary>
    public static IEnumerable<string> ReadLines(string name)
    {
        using var reader = new StreamReader(Open(name.StartsWith("Models.", StringComparison.Ordinal) ? name : "Resources." + name));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }
}
