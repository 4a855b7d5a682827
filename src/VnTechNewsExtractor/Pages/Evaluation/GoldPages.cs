using System.Globalization;
using System.Text.Json;

namespace VnTechNewsExtractor.Pages.Evaluation;

/// <summary>
/// Checks the reader on saved pages with <c>NAME.gold.json</c> beside them (title, publishedAt, isArticle,
/// body paragraphs, captions, mustExclude): title, date (to the minute) and verdict must be right, the body is
/// scored by 4-word shingles, and captions or must-exclude strings in the output are reported as leaks.
/// </summary>
public static class GoldPages
{
    /// <summary>Reads every gold page in <paramref name="folder"/> with <paramref name="reader"/> (a new one when null).</summary>
    public static GoldPagesReport Run(string folder, HtmlArticleReader? reader = null)
    {
        ArgumentNullException.ThrowIfNull(folder);
        reader ??= new HtmlArticleReader();
        var results = new List<GoldPageResult>();
        foreach (var goldPath in Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            var g = gold.RootElement;
            var id = Str(g, "id") ?? Path.GetFileName(goldPath)[..^".gold.json".Length];
            var file = Str(g, "file") ?? id + ".html";
            var content = reader.Read(File.ReadAllBytes(Path.Combine(folder, file)), null, null);
            results.Add(Check(id, g, content));
        }
        return new GoldPagesReport(results);
    }

    private static GoldPageResult Check(string id, JsonElement g, ArticleContent a)
    {
        var mistakes = new List<string>();
        var goldTitle = Norm(Str(g, "title"));
        bool titleOk = goldTitle == Norm(a.Title);
        if (!titleOk) mistakes.Add($"title '{a.Title}' ≠ '{goldTitle}'");

        var goldDate = Str(g, "publishedAt") is { } d ? DateTimeOffset.Parse(d, CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
        bool dateOk = goldDate is null ? a.PublishedAt is null
            : a.PublishedAt is { } got && Math.Abs((got - goldDate.Value).TotalSeconds) < 60 && got.Offset == goldDate.Value.Offset && got.Minute == goldDate.Value.Minute;
        if (!dateOk) mistakes.Add($"publishedAt {a.PublishedAt?.ToString("o", CultureInfo.InvariantCulture) ?? "null"} ≠ {goldDate?.ToString("o", CultureInfo.InvariantCulture) ?? "null"}");

        bool goldIsArticle = g.TryGetProperty("isArticle", out var ia) && ia.ValueKind == JsonValueKind.True;
        bool isArticleOk = goldIsArticle == a.IsArticle;
        if (!isArticleOk) mistakes.Add($"isArticle {a.IsArticle} ≠ {goldIsArticle}");

        var goldBody = string.Join("\n\n", Strings(g, "body"));
        var body = new PageMatch(id, ShingleMatch.Compare(goldBody, string.Join("\n\n", a.Paragraphs)));

        var output = Norm(string.Join("\n", [a.Lead ?? "", .. a.Paragraphs]))!;
        var leaks = Strings(g, "mustExclude").Concat(Strings(g, "captions"))
            .Where(s => s.Length > 0 && output.Contains(Norm(s)!, StringComparison.Ordinal)).ToList();
        return new GoldPageResult(id, titleOk, dateOk, isArticleOk, body, leaks, mistakes);
    }

    private static string? Norm(string? s) => s is null ? null : HtmlArticleReader.Clean(s) ?? "";

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IEnumerable<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];
}
