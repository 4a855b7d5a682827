using AngleSharp.Css.Dom;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// One walk of the parsed page that lists its elements in document order and picks up the metadata on the way
/// (&lt;title&gt;, &lt;meta&gt;, &lt;link&gt;; JSON-LD comes from <see cref="PagePrepass"/>). Site selectors are then matched against the list instead
/// of each running its own query over the tree: a page costs one walk however many selectors its reader has.
/// </summary>
internal sealed class PageScan
{
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byTag = new(StringComparer.Ordinal);

    // The depth of each listed element; with document order it gives each element's subtree as a range of positions.
    private readonly List<int> _depths = [];

    // The class attribute of each listed element, read once: site selectors test classes of the same elements again and again.
    private readonly List<string?> _classes = [];

    // Where each element's subtree ends (exclusive), computed on the first descendant-combinator query.
    private int[] _subtreeEnds = [];
    private bool _subtreeEndsReady;

    private readonly Stack<(IElement Element, int Depth)> _stack = new();
    private readonly List<int> _open = [];

    // A scan's lists grow to the size of a page; allocating them afresh for every page makes garbage collections run
    // while the freshly parsed page is alive, and those copy the whole page. Each thread keeps its last scan's lists.
    [ThreadStatic]
    private static PageScan? t_spare;

    private PageScan()
    {
    }

    /// <summary>Every element, in document order (up to the element limit).</summary>
    public List<IElement> Elements { get; } = [];

    /// <summary>The first &lt;title&gt;, cleaned.</summary>
    public string? Title { get; private set; }

    /// <summary>Whether the page had more elements than the limit.</summary>
    public bool Truncated { get; private set; }

    /// <summary>A meta or link value, cleaned: <c>property:og:url</c>, <c>name:pubdate</c>, <c>itemprop:datePublished</c>, <c>link:canonical</c>.</summary>
    /// <remarks>Values are kept as written and cleaned when asked for: a page has dozens of meta tags and the readers read a handful.</remarks>
    public string? this[string key] => _meta.TryGetValue(key, out var v) ? HtmlArticleReader.Clean(v) : null;

    /// <summary>Walks <paramref name="doc"/>, listing up to <paramref name="maxElements"/> elements no deeper than <paramref name="maxDepth"/>.</summary>
    public static PageScan Run(IHtmlDocument doc, int maxElements, int maxDepth)
    {
        var scan = t_spare ?? new PageScan();
        t_spare = null;
        if (doc.DocumentElement is null) return scan;
        var stack = scan._stack;
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
            scan._depths.Add(depth);
            scan._classes.Add(e.ClassName); // ClassName skips the lower-casing GetAttribute does on every call
            switch (e.LocalName)
            {
                case "title":
                    scan.Title ??= HtmlArticleReader.Clean(e.TextContent);
                    break;
                case "meta":
                    if (e.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
                        foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop"])
                            if (e.GetAttribute(attribute) is { Length: > 0 } key) scan._meta.TryAdd(attribute + ":" + key.Trim(), content);
                    break;
                case "link":
                    if (e.GetAttribute("rel") is { } rel && e.GetAttribute("href") is { } href && !string.IsNullOrWhiteSpace(href))
                        foreach (var r in rel.Split(' ', StringSplitOptions.RemoveEmptyEntries)) scan._meta.TryAdd("link:" + r, href);
                    break;
                case "script":
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

    /// <summary>
    /// Empties the scan, dropping every reference to the page, and keeps its lists for the thread's next page. The
    /// scan must not be used afterwards.
    /// </summary>
    public void Recycle()
    {
        Elements.Clear();
        _depths.Clear();
        _classes.Clear();
        _meta.Clear();
        _stack.Clear();
        Title = null;
        Truncated = false;
        _subtreeEndsReady = false;
        // Pages with custom elements could grow the tag table without end; an ordinary page has a few dozen tags.
        if (_byTag.Count > 128) _byTag.Clear();
        else foreach (var positions in _byTag.Values) positions.Clear();
        // A huge page's lists are not worth keeping alive for the rest of the thread's life.
        if (Elements.Capacity <= 1 << 16) t_spare = this;
    }

    /// <summary>The first element matching <paramref name="selector"/>, in document order.</summary>
    public IElement? First(string? selector)
    {
        var all = Positions(selector, firstOnly: true);
        return all.Count == 0 ? null : Elements[all[0]];
    }

    /// <summary>Every element matching <paramref name="selector"/>, in document order.</summary>
    public List<IElement> All(string? selector)
    {
        var positions = Positions(selector, firstOnly: false);
        var result = new List<IElement>(positions.Count);
        foreach (var i in positions) result.Add(Elements[i]);
        return result;
    }

    /// <summary>
    /// The descendants of <paramref name="container"/> matching <paramref name="selector"/>, in document order: what
    /// <c>container.QuerySelectorAll(selector)</c> returns, from the scan's list instead of a walk of the subtree.
    /// </summary>
    public List<IElement> AllWithin(IElement container, string? selector)
    {
        if (selector is null) return [];
        int at = Elements.IndexOf(container);
        if (at < 0) return [.. container.QuerySelectorAll(selector)]; // past the element limit: ask the tree
        int end = SubtreeEnds()[at];
        var result = new List<IElement>();
        foreach (var i in Positions(selector, firstOnly: false, at + 1, end)) result.Add(Elements[i]);
        return result;
    }

    /// <summary>
    /// Where the matches are (with <paramref name="firstOnly"/>, only the first). Each compound is matched only
    /// against elements of its tag; an alternative with descendant combinators ("ul.breadcrumb li a") first finds the
    /// matches of its leftmost compound, is skipped when there are none, and otherwise keeps the next compound's
    /// candidates that lie inside one of their subtrees, and so on to the subject. The elements are listed in document order with their depths, so a subtree is a
    /// range of positions and "lies inside" is a comparison of positions, not a walk up the tree for every candidate
    /// (which on a page of hundreds of links costs more than the rest of the site reader).
    /// </summary>
    private List<int> Positions(string? selector, bool firstOnly, int from = 0, int to = int.MaxValue)
    {
        if (selector is null) return [];
        var result = new List<int>();
        int limit = int.MaxValue; // with firstOnly: a match at or after the best one so far cannot be first
        foreach (var alternative in Alternatives.GetOrAdd(selector, Parse))
        {
            // "A B C": the matches of A, then the matches of B inside them, then the matches of C inside those.
            List<int>? inside = null;
            for (int step = 0; step < alternative.Length; step++)
            {
                var (matcher, tag) = alternative[step];
                bool subject = step == alternative.Length - 1;
                var matches = subject ? result : [];
                var ends = inside is null ? null : SubtreeEnds();
                var candidates = Candidates(tag);
                int total = candidates?.Count ?? Elements.Count;
                int next = 0, insideUntil = -1;
                // The subject must lie in [from, to): start there, stop there.
                int first = !subject || from == 0 ? 0 : candidates is null ? from : LowerBound(candidates, from);
                int stop = subject ? Math.Min(limit, to) : limit;
                for (int n = first; n < total; n++)
                {
                    int i = candidates?[n] ?? n;
                    if (i >= stop) break;
                    if (inside is not null)
                    {
                        // Subtrees nest or are disjoint: the matches that start before i cover i when one of them ends after it.
                        while (next < inside.Count && inside[next] < i) insideUntil = Math.Max(insideUntil, ends![inside[next++]]);
                        if (i >= insideUntil) continue;
                    }
                    if (!Matches(matcher, i)) continue;
                    matches.Add(i);
                    if (subject && firstOnly)
                    {
                        limit = i;
                        break;
                    }
                }
                if (subject) break;
                if (matches.Count == 0) break;
                inside = matches;
            }
        }
        if (firstOnly && result.Count > 1) return [limit];
        if (result.Count > 1)
        {
            result.Sort();
            int kept = 1;
            for (int n = 1; n < result.Count; n++)
                if (result[n] != result[kept - 1]) result[kept++] = result[n];
            result.RemoveRange(kept, result.Count - kept);
        }
        return result;
    }

    // The index of the first value >= target in the ascending list.
    private static int LowerBound(List<int> sorted, int target)
    {
        int index = sorted.BinarySearch(target);
        return index >= 0 ? index : ~index;
    }

    /// <summary>For each position, the position just past its subtree (its descendants follow it, deeper, in document order).</summary>
    private int[] SubtreeEnds()
    {
        if (_subtreeEndsReady) return _subtreeEnds;
        if (_subtreeEnds.Length < Elements.Count) _subtreeEnds = new int[Math.Max(Elements.Count, 1024)];
        var ends = _subtreeEnds;
        var open = _open;
        open.Clear();
        for (int i = 0; i < Elements.Count; i++)
        {
            while (open.Count > 0 && _depths[open[^1]] >= _depths[i])
            {
                ends[open[^1]] = i;
                open.RemoveAt(open.Count - 1);
            }
            open.Add(i);
        }
        foreach (var i in open) ends[i] = Elements.Count;
        open.Clear();
        _subtreeEndsReady = true;
        return ends;
    }

    /// <summary>The positions of the elements named <paramref name="tag"/>; null for every element.</summary>
    private List<int>? Candidates(string? tag)
    {
        if (tag is null) return null;
        return _byTag.TryGetValue(tag, out var list) ? list : [];
    }

    /// <summary>One step of an alternative "A B C" (each a compound): its matcher and the tag its candidates have.</summary>
    private readonly record struct Step(Matcher Matcher, string? Tag);

    /// <summary>
    /// A test of one element: classes read from the scan's list, then everything else. The tag is not tested: the
    /// candidates come from the list of the compound's tag (or, with no tag, from every element).
    /// </summary>
    private sealed record Matcher(string[] Classes, Func<IElement, bool>? Rest);

    private bool Matches(Matcher matcher, int position) =>
        (matcher.Classes.Length == 0 || CompoundMatcher.HasClasses(_classes[position], matcher.Classes))
        && (matcher.Rest?.Invoke(Elements[position]) ?? true);

    /// <summary>Our own matcher for a simple compound, AngleSharp's for anything else.</summary>
    private static Matcher Compile(string css)
    {
        if (CompoundMatcher.TryCompileParts(css) is { } parts) return new Matcher(parts.Classes, parts.Rest);
        var selector = SelectorCache.Get(css)!;
        return new Matcher([], e => selector.Match(e, null));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Step[][]> Alternatives = new(StringComparer.Ordinal);

    private static Step[][] Parse(string selector)
    {
        var result = new List<Step[]>();
        foreach (var raw in selector.Split(','))
        {
            var rest = raw.Trim();
            var steps = new List<Step>();
            int split;
            while ((split = LastDescendantSpace(rest)) >= 0)
            {
                var compound = rest[(split + 1)..].Trim();
                steps.Insert(0, new Step(Compile(compound), TagOf(compound)));
                rest = rest[..split].Trim();
            }
            steps.Insert(0, new Step(Compile(rest), TagOf(rest)));
            result.Add([.. steps]);
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

    /// <summary>The tag a compound selector names ("h1.title" → h1), or null ("[data-role=x]", ".sapo").</summary>
    private static string? TagOf(string compound)
    {
        int end = 0;
        while (end < compound.Length && (char.IsAsciiLetterOrDigit(compound[end]) || compound[end] == '-')) end++;
        return end == 0 ? null : compound[..end].ToLowerInvariant();
    }
}
