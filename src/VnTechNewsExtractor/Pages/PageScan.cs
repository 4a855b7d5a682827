using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// One walk of the parsed page that lists its elements in document order and picks up the metadata on the way
/// (&lt;title&gt;, &lt;meta&gt;, &lt;link&gt;, JSON-LD scripts). Site selectors are then matched against the list instead
/// of each running its own query over the tree: a page costs one walk however many selectors its reader has.
/// </summary>
internal sealed class PageScan
{
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.Ordinal);

    private PageScan()
    {
    }

    /// <summary>Every element, in document order (up to the element limit).</summary>
    public List<IElement> Elements { get; } = [];

    /// <summary>The text of each <c>application/ld+json</c> script.</summary>
    public List<string> JsonLd { get; } = [];

    /// <summary>The first &lt;title&gt;, cleaned.</summary>
    public string? Title { get; private set; }

    /// <summary>Whether the page had more elements than the limit.</summary>
    public bool Truncated { get; private set; }

    /// <summary>A meta or link value: <c>property:og:url</c>, <c>name:pubdate</c>, <c>itemprop:datePublished</c>, <c>link:canonical</c>.</summary>
    public string? this[string key] => _meta.TryGetValue(key, out var v) ? v : null;

    public static PageScan Run(IHtmlDocument doc, int maxElements, int maxDepth)
    {
        var scan = new PageScan();
        if (doc.DocumentElement is null) return scan;
        var stack = new Stack<(IElement Element, int Depth)>();
        stack.Push((doc.DocumentElement, 0));
        while (stack.Count > 0)
        {
            var (e, depth) = stack.Pop();
            if (scan.Elements.Count >= maxElements)
            {
                scan.Truncated = true;
                break;
            }
            if (!scan._byTag.TryGetValue(e.LocalName, out var positions)) scan._byTag[e.LocalName] = positions = [];
            positions.Add(scan.Elements.Count);
            scan.Elements.Add(e);
            switch (e.LocalName)
            {
                case "title":
                    scan.Title ??= HtmlArticleReader.Clean(e.TextContent);
                    break;
                case "meta":
                    if (HtmlArticleReader.Clean(e.GetAttribute("content")) is { } content)
                        foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
                            if (e.GetAttribute(attribute) is { Length: > 0 } key) scan._meta.TryAdd(attribute + ":" + key.Trim(), content);
                    break;
                case "link":
                    if (e.GetAttribute("rel") is { } rel && HtmlArticleReader.Clean(e.GetAttribute("href")) is { } href)
                        foreach (var r in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries)) scan._meta.TryAdd("link:" + r, href);
                    break;
                case "script":
                    if (string.Equals(e.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)) scan.JsonLd.Add(e.TextContent);
                    continue; // script text is not markup
                case "style" or "svg":
                    continue;
            }
            if (depth >= maxDepth) continue;
            // By index: AngleSharp's sibling properties search the parent's child list (quadratic in wide elements).
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
                if (children[i] is IElement child) stack.Push((child, depth + 1));
        }
        return scan;
    }

    /// <summary>The first element matching <paramref name="selector"/>, in document order.</summary>
    public IElement? First(string? selector)
    {
        foreach (var e in Candidates(selector, out var s))
            if (s.Match(e, null)) return e;
        return null;
    }

    /// <summary>Every element matching <paramref name="selector"/>, in document order.</summary>
    public List<IElement> All(string? selector) => Candidates(selector, out var s).Where(e => s.Match(e, null)).ToList();

    /// <summary>
    /// The elements that can match: when every alternative of the selector names its element's tag, only elements with
    /// those tags, in document order; otherwise all. Matching a compiled selector is the costly part, so this is the saving.
    /// </summary>
    private IEnumerable<IElement> Candidates(string? selector, out ISelector compiled)
    {
        compiled = SelectorCache.Get(selector)!;
        if (selector is null) return [];
        var tags = SubjectTags.GetOrAdd(selector, TagsOf);
        if (tags is null) return Elements;
        var positions = new List<int>();
        foreach (var tag in tags)
            if (_byTag.TryGetValue(tag, out var list)) positions.AddRange(list);
        if (tags.Length > 1) positions.Sort();
        return positions.Select(i => Elements[i]);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]?> SubjectTags = new(StringComparer.Ordinal);

    /// <summary>The tag names the selector's alternatives end in ("div.a p, h1.b" → p, h1), or null when one names none.</summary>
    private static string[]? TagsOf(string selector)
    {
        var tags = new List<string>();
        foreach (var alternative in selector.Split(','))
        {
            var last = alternative.Trim().Split([' ', '>', '+', '~'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
            int end = 0;
            while (end < last.Length && (char.IsAsciiLetterOrDigit(last[end]) || last[end] == '-')) end++;
            if (end == 0) return null;
            tags.Add(last[..end].ToLowerInvariant());
        }
        return tags.Distinct().ToArray();
    }
}
