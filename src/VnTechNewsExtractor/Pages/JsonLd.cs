using System.Text.Json;

namespace VnTechNewsExtractor.Pages;

/// <summary>The schema.org metadata of a page's JSON-LD blocks.</summary>
internal sealed record JsonLd
{
    public string? Url { get; init; }
    public string? Headline { get; init; }
    public string? ArticleBody { get; init; }
    public string? Description { get; init; }
    public DateTimeOffset? DatePublished { get; init; }
    public bool DatePublishedHasOffset { get; init; }
    public List<string> Authors { get; init; } = [];
    public List<string> Breadcrumb { get; init; } = [];
    public bool IsArticle { get; init; }

    public static JsonLd Read(IEnumerable<string> scripts)
    {
        var result = new JsonLd();
        foreach (var script in scripts)
        {
            // Only these types carry what the reader uses; pages also describe the site, its logo and search box.
            if (!script.Contains("Article", StringComparison.Ordinal) && !script.Contains("BlogPosting", StringComparison.Ordinal)
                && !script.Contains("Report", StringComparison.Ordinal) && !script.Contains("BreadcrumbList", StringComparison.Ordinal)) continue;
            try
            {
                using var json = JsonDocument.Parse(script, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
                result = Visit(json.RootElement, result);
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException or ArgumentException)
            {
                // Broken JSON-LD is common on news sites; the visible page still has the data. (A lone surrogate in
                // the script makes the parser throw ArgumentException: it cannot transcode the text to UTF-8.)
            }
        }
        return result;
    }

    private static JsonLd Visit(JsonElement e, JsonLd r)
    {
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) r = Visit(item, r);
            return r;
        }
        if (e.ValueKind != JsonValueKind.Object) return r;
        if (e.TryGetProperty("@graph", out var graph)) r = Visit(graph, r);
        var type = e.TryGetProperty("@type", out var t) ? t.ToString() : "";
        if (type.Contains("Article", StringComparison.Ordinal) || type.Contains("BlogPosting", StringComparison.Ordinal) || type.Contains("Report", StringComparison.Ordinal))
        {
            r = r with
            {
                IsArticle = true,
                Headline = r.Headline ?? Str(e, "headline"),
                ArticleBody = r.ArticleBody ?? Str(e, "articleBody"),
                Description = r.Description ?? Str(e, "description"),
                DatePublished = r.DatePublished ?? HtmlArticleReader.ParseDate(Str(e, "datePublished")),
                DatePublishedHasOffset = r.DatePublished is not null ? r.DatePublishedHasOffset : Str(e, "datePublished") is { } d && HtmlArticleReader.HasOffset(d),
                Url = r.Url ?? Str(e, "url") ?? (e.TryGetProperty("mainEntityOfPage", out var main) && main.ValueKind == JsonValueKind.Object ? Str(main, "@id") : null),
                Authors = r.Authors.Count > 0 ? r.Authors : Names(e, "author"),
            };
        }
        else if (type == "BreadcrumbList" && r.Breadcrumb.Count == 0 && e.TryGetProperty("itemListElement", out var items) && items.ValueKind == JsonValueKind.Array)
        {
            var names = items.EnumerateArray().Select(i => Str(i, "name") ?? (i.ValueKind == JsonValueKind.Object && i.TryGetProperty("item", out var it) && it.ValueKind == JsonValueKind.Object ? Str(it, "name") : null))
                .Where(n => n is { Length: > 0 } && n != "Trang chủ" && n != "Home").Select(n => n!).ToList();
            r = r with { Breadcrumb = names };
        }
        return r;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? HtmlArticleReader.Clean(v.GetString()) : null;

    private static List<string> Names(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return [];
        IEnumerable<JsonElement> items = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [v];
        return items.Select(i => i.ValueKind == JsonValueKind.String ? HtmlArticleReader.Clean(i.GetString()) : i.ValueKind == JsonValueKind.Object ? Str(i, "name") : null)
            .Where(n => n is { Length: > 0 }).Select(n => HtmlArticleReader.CleanAuthor(n!)).ToList();
    }
}
