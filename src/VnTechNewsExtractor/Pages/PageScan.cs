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
        var all = Positions(selector);
        return all.Count == 0 ? null : Elements[all[0]];
    }

    /// <summary>Every element matching <paramref name="selector"/>, in document order.</summary>
    public List<IElement> All(string? selector) => Positions(selector).Select(i => Elements[i]).ToList();

    /// <summary>
    /// Where the matches are. Each alternative is matched only against elements of its subject's tag; an alternative
    /// with a descendant combinator ("div.detail-cate a") first finds its ancestors, is skipped when there are none, and
    /// otherwise keeps the subject candidates that lie under one of them. AngleSharp would instead walk every
    /// candidate's ancestors testing the ancestor part, which on a page of hundreds of links costs more than the rest
    /// of the site reader.
    /// </summary>
    private List<int> Positions(string? selector)
    {
        if (selector is null) return [];
        var result = new List<int>();
        foreach (var alternative in Alternatives.GetOrAdd(selector, Parse))
        {
            HashSet<IElement>? ancestors = null;
            if (alternative.Ancestor is not null)
            {
                ancestors = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
                foreach (var i in Candidates(alternative.AncestorTag))
                    if (alternative.Ancestor(Elements[i])) ancestors.Add(Elements[i]);
                if (ancestors.Count == 0) continue;
            }
            foreach (var i in Candidates(alternative.SubjectTag))
            {
                var e = Elements[i];
                if (!alternative.Subject(e)) continue;
                if (ancestors is not null && !HasAncestorIn(e, ancestors)) continue;
                result.Add(i);
            }
        }
        if (result.Count > 1)
        {
            result.Sort();
            result = result.Distinct().ToList();
        }
        return result;
    }

    private static bool HasAncestorIn(IElement e, HashSet<IElement> ancestors)
    {
        for (var a = e.ParentElement; a is not null; a = a.ParentElement)
            if (ancestors.Contains(a)) return true;
        return false;
    }

    private IEnumerable<int> Candidates(string? tag)
    {
        if (tag is null) return Enumerable.Range(0, Elements.Count);
        return _byTag.TryGetValue(tag, out var list) ? list : [];
    }

    /// <summary>One alternative of a selector list: its subject compound and, for "ANCESTOR SUBJECT", the ancestor part.</summary>
    private sealed record Alternative(Func<IElement, bool> Subject, string? SubjectTag, Func<IElement, bool>? Ancestor, string? AncestorTag);

    /// <summary>Our own matcher for a simple compound, AngleSharp's for anything else.</summary>
    private static Func<IElement, bool> Compile(string css)
    {
        if (CompoundMatcher.TryCompile(css) is { } fast) return fast;
        var selector = SelectorCache.Get(css)!;
        return e => selector.Match(e, null);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Alternative[]> Alternatives = new(StringComparer.Ordinal);

    private static Alternative[] Parse(string selector)
    {
        var result = new List<Alternative>();
        foreach (var raw in selector.Split(','))
        {
            var alternative = raw.Trim();
            int split = LastDescendantSpace(alternative);
            if (split < 0)
            {
                result.Add(new Alternative(Compile(alternative), TagOf(alternative), null, null));
                continue;
            }
            var ancestor = alternative[..split].Trim();
            var subject = alternative[(split + 1)..].Trim();
            result.Add(new Alternative(Compile(subject), TagOf(subject), Compile(ancestor), TagOf(LastCompound(ancestor))));
        }
        return [.. result];
    }

    /// <summary>The last whitespace outside brackets and quotes, when the alternative uses only descendant combinators; else -1.</summary>
    private static int LastDescendantSpace(string alternative)
    {
        int depth = 0, last = -1;
        char quote = '\0';
        for (int i = 0; i < alternative.Length; i++)
        {
            char c = alternative[i];
            if (quote != '\0') { if (c == quote) quote = '\0'; continue; }
            if (c is '"' or '\'') quote = c;
            else if (c == '[' || c == '(') depth++;
            else if (c == ']' || c == ')') depth--;
            else if (depth == 0 && c is '>' or '+' or '~') return -1;
            else if (depth == 0 && c == ' ') last = i;
        }
        return last;
    }

    private static string LastCompound(string selector)
    {
        int split = LastDescendantSpace(selector);
        return split < 0 ? selector : selector[(split + 1)..];
    }

    /// <summary>The tag a compound selector names ("h1.title" → h1), or null ("[data-role=x]", ".sapo").</summary>
    private static string? TagOf(string compound)
    {
        int end = 0;
        while (end < compound.Length && (char.IsAsciiLetterOrDigit(compound[end]) || compound[end] == '-')) end++;
        return end == 0 ? null : compound[..end].ToLowerInvariant();
    }
}
