using System.Text;
using System.Text.Json.Nodes;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Tests.Docs;

/// <summary>
/// The example records of the READMEs, made from the real analysis of a sample article: a Markdown comment
/// <c>&lt;!-- example-record: samples/articles/NAME --&gt;</c> is followed by a <c>```json</c> block holding the record
/// <c>vntech analyze samples/articles/NAME</c> writes, abridged the same way every time (the text fields shortened to
/// "...", the first company, amount and deal shown, the rest "...").
/// </summary>
internal static class ExampleRecord
{
    public const string Marker = "<!-- example-record: ";

    /// <summary>The abridged record of <paramref name="sample"/> (a path relative to the repository).</summary>
    public static async Task<string> GenerateAsync(string sample)
    {
        var record = await new ArticleAnalyzer().AnalyzeFileAsync(Path.Combine(TestPaths.RepoRoot, sample));
        var json = JsonNode.Parse(ArticleJson.Serialize(record with { Source = sample }))!.AsObject();
        string J(string name) => $"\"{name}\":{Compact(json[name])}";
        string Elided(string name) => json[name] is JsonArray { Count: > 0 } ? $"\"{name}\":[\"...\"]" : json[name] is JsonValue ? $"\"{name}\":\"...\"" : J(name);
        var text = new StringBuilder();
        text.Append('{').AppendJoin(',', J("source"), J("url"), J("site"), J("isArticle")).Append(",\n");
        text.Append(' ').AppendJoin(',', J("title"), Elided("lead"), J("publishedAt")).Append(",\n");
        text.Append(' ').AppendJoin(',', J("authors"), J("category"), Elided("paragraphs"), Elided("text")).Append(",\n");
        var companies = json["companies"]!.AsArray();
        text.Append(" \"companies\":").Append(FirstOf(companies, c =>
        {
            var mentions = c!["mentions"]!.AsArray();
            return $"{{\"name\":{Compact(c["name"])},\"mentions\":[{Compact(mentions[0])}{(mentions.Count > 1 ? ", ..." : "")}],\"aliases\":{Compact(c["aliases"])}}}";
        })).Append(",\n");
        text.Append(" \"money\":").Append(FirstOf(json["money"]!.AsArray(), Compact)).Append(",\n");
        // The first deal one field a line: it is what readers look for.
        text.Append(" \"investments\":").Append(FirstOf(json["investments"]!.AsArray(), deal =>
            "{" + string.Join(",\n   ", deal!.AsObject().Select(p => $"\"{p.Key}\":{Compact(p.Value)}")) + "}")).Append(",\n");
        text.Append(' ').Append(J("errors")).Append('}');
        return text.ToString();
    }

    /// <summary>The (sample, line of the json block's opening fence, block text) of each example in a Markdown file.</summary>
    public static IEnumerable<(string Sample, int FenceLine, string Block)> Find(string[] lines)
    {
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(Marker, StringComparison.Ordinal)) continue;
            var sample = lines[i][Marker.Length..].Split(' ', 2)[0];
            int fence = i + 1;
            if (fence >= lines.Length || lines[fence].Trim() != "```json")
                throw new InvalidDataException($"line {i + 1}: an example-record marker must be followed by a ```json block");
            int end = fence + 1;
            while (end < lines.Length && lines[end].Trim() != "```") end++;
            yield return (sample, fence, string.Join('\n', lines[(fence + 1)..end]));
        }
    }

    /// <summary><paramref name="lines"/> with the block after <paramref name="fenceLine"/> replaced by <paramref name="block"/>.</summary>
    public static string[] Replace(string[] lines, int fenceLine, string block)
    {
        int end = fenceLine + 1;
        while (end < lines.Length && lines[end].Trim() != "```") end++;
        return [.. lines[..(fenceLine + 1)], .. block.Split('\n'), .. lines[end..]];
    }

    private static string FirstOf(JsonArray items, Func<JsonNode?, string> show) =>
        items.Count == 0 ? "[]" : $"[{show(items[0])}{(items.Count > 1 ? ", ..." : "")}]";

    private static string Compact(JsonNode? node) => node?.ToJsonString(ArticleJson.Options) ?? "null";
}
