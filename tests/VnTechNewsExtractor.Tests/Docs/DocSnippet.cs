namespace VnTechNewsExtractor.Tests.Docs;

/// <summary>A C# block of a Markdown file, and the console block right after it, if any: what running it prints.</summary>
/// <param name="File">The Markdown file, relative to the repository.</param>
/// <param name="Line">The line of the block's opening fence (1-based).</param>
/// <param name="Code">The block's code.</param>
/// <param name="Output">The text of a <c>```console</c> block that directly follows, or null.</param>
public sealed record DocSnippet(string File, int Line, string Code, string? Output)
{
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "artifacts", "TestResults", "node_modules"];

    /// <summary>Every C# block (<c>```csharp</c>, <c>```cs</c>, <c>```c#</c>) of every Markdown file of the repository.</summary>
    public static IEnumerable<DocSnippet> All() => MarkdownFiles(TestPaths.RepoRoot).SelectMany(Read);

    /// <summary>The C# blocks of one Markdown file.</summary>
    public static IEnumerable<DocSnippet> Read(string path)
    {
        var lines = System.IO.File.ReadAllLines(path);
        var relative = Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!IsFence(lines[i], out var language)) continue;
            int start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && !IsFence(lines[i], out _); i++) body.Add(lines[i]);
            if (language is not ("csharp" or "cs" or "c#")) continue;
            string? output = null;
            int next = i + 1;
            while (next < lines.Length && lines[next].Trim().Length == 0) next++;
            if (next < lines.Length && IsFence(lines[next], out var nextLanguage) && nextLanguage == "console")
            {
                var printed = new List<string>();
                for (next++; next < lines.Length && !IsFence(lines[next], out _); next++) printed.Add(lines[next]);
                output = string.Join('\n', printed);
            }
            yield return new DocSnippet(relative, start + 1, string.Join('\n', body), output);
        }
    }

    public override string ToString() => $"{File}:{Line}";

    private static bool IsFence(string line, out string language)
    {
        var trimmed = line.TrimStart();
        language = trimmed.StartsWith("```", StringComparison.Ordinal) ? trimmed[3..].Trim().ToLowerInvariant() : "";
        return trimmed.StartsWith("```", StringComparison.Ordinal);
    }

    private static IEnumerable<string> MarkdownFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal)) yield return file;
        foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
            if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                foreach (var file in MarkdownFiles(sub)) yield return file;
    }
}
