using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// Finds the article body of a page of an unknown layout, in the manner of Readability: paragraphs score their
/// ancestors by text length and commas, class and id names push candidates up or down, link-heavy candidates
/// are discounted, the best one is joined by its good siblings, and link farms, lists of teasers and widgets
/// inside it are dropped before its blocks are read out. One pass gathers every element's statistics so the
/// work stays linear in the size of the page.
/// </summary>
internal sealed partial class GenericContentFinder
{
    private sealed class Stats
    {
        public int Text;
        public int OwnText;
        public int LinkText;
        public int Commas;
        public int Paragraphs;
        public int Images;
        public int ListItems;
        public int Inputs;
        public bool HasBlockChild;
        public double Score;
        public bool Candidate;
        public int Weight;
        public int BlockText;
        public int LongBlockText;
    }

    private readonly Dictionary<IElement, Stats> _stats = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<IElement> _removed = new(ReferenceEqualityComparer.Instance);
    private readonly int _maxDepth;
    private readonly int _maxElements;
    private readonly GenericReaderSettings _settings;

    public GenericContentFinder(int maxDepth, int maxElements, GenericReaderSettings? settings = null)
    {
        _maxDepth = maxDepth;
        _maxElements = maxElements;
        _settings = settings ?? GenericReaderSettings.Default;
    }

    /// <summary>Whether the page had more elements than the limit (the rest were not looked at).</summary>
    public bool Truncated { get; private set; }

    private bool _stripUnlikely = true;
    private bool _weighClasses = true;
    private bool _cleanConditionally = true;

    /// <summary>
    /// The body paragraphs of the page under <paramref name="body"/>, or none. Like Readability, when the result is
    /// short the page is read again with fewer assumptions: unlikely-looking containers kept, then class names
    /// ignored, then no conditional cleaning; the longest result wins.
    /// </summary>
    public List<string> Find(IElement body, string? title)
    {
        List<string> best = [];
        int bestLength = 0;
        for (int attempt = 0; attempt < 4; attempt++)
        {
            _stripUnlikely = attempt < 1;
            _weighClasses = attempt < 2;
            _cleanConditionally = attempt < 3;
            _stats.Clear();
            _removed.Clear();
            var result = FindOnce(body, title);
            // Only sentence-sized paragraphs count: a retry that finds a long list of short links has not found more article.
            int length = result.Where(p => p.Length >= 50).Sum(p => p.Length);
            if (length > bestLength)
            {
                best = result;
                bestLength = length;
            }
            if (bestLength >= _settings.EnoughChars || Truncated) break;
        }
        return best;
    }

    private List<string> FindOnce(IElement body, string? title)
    {
        Gather(body);
        (IElement? Key, double Score) top = (null, 0);
        foreach (var (element, stats) in _stats)
        {
            if (!stats.Candidate) continue;
            double score = stats.Score * (1 - LinkDensity(stats));
            if (top.Key is null || score > top.Score) top = (element, score);
        }
        if (top.Key is null || top.Score <= 0) return [];
        var best = Ascend(top.Key, top.Score);
        var parts = WithSiblings(best);
        if (_cleanConditionally)
            foreach (var part in parts) CleanConditionally(part);
        var result = new List<string>();
        foreach (var part in parts)
            result.AddRange(BlockText.Paragraphs(part, e => _removed.Contains(e), _maxDepth));
        return result.Where(p => !IsBoilerplate(p) && p != title).ToList();
    }

    /// <summary>Whether <paramref name="e"/> was judged junk (navigation, widgets, unlikely candidates).</summary>
    public bool IsRemoved(IElement e) => _removed.Contains(e);

    private void Gather(IElement root)
    {
        // Post-order without recursion: children's statistics are summed into their parent on exit.
        var stack = new Stack<(IElement Element, int Depth, bool Exit)>();
        stack.Push((root, 0, false));
        int count = 0;
        while (stack.Count > 0)
        {
            var (e, depth, exit) = stack.Pop();
            if (exit)
            {
                Finish(e);
                continue;
            }
            if (++count > _maxElements)
            {
                Truncated = true;
                break;
            }
            if (e != root && IsJunk(e))
            {
                _removed.Add(e);
                continue;
            }
            var s = new Stats();
            _stats[e] = s;
            stack.Push((e, depth, true));
            // One pass by index over the children: own text is summed, child elements are queued (AngleSharp's sibling
            // properties search the parent's child list, quadratic in wide elements; its enumerator is an allocation).
            bool link = e.LocalName == "a";
            bool descend = depth < _maxDepth;
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                var node = children[i];
                if (node is IText t) AddText(s, t.Data, link);
                else if (descend && node is IElement child) stack.Push((child, depth + 1, false));
            }
            s.OwnText = s.Text;
        }
    }

    private static void AddText(Stats s, string text, bool link)
    {
        int len = 0;
        bool space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) space = true;
            else
            {
                len += space ? 2 : 1;
                space = false;
                if (c is ',' or '，' or '、') s.Commas++;
            }
        }
        s.Text += len;
        if (link) s.LinkText += len;
    }

    private void Finish(IElement e)
    {
        var s = _stats[e];
        var name = e.LocalName;
        switch (name)
        {
            case "p": s.Paragraphs++; break;
            case "img": s.Images++; break;
            case "li": s.ListItems++; break;
            case "input" or "select" or "textarea" or "button": s.Inputs++; break;
        }
        if (e.ParentElement is { } parent && _stats.TryGetValue(parent, out var ps))
        {
            ps.Text += s.Text;
            ps.LinkText += name == "a" ? s.Text : s.LinkText;
            ps.Commas += s.Commas;
            ps.Paragraphs += s.Paragraphs;
            ps.Images += s.Images;
            ps.ListItems += s.ListItems;
            ps.Inputs += s.Inputs;
            if (BlockText.IsBlock(name)) ps.HasBlockChild = true;
        }
        int minBlock = _settings.MinBlockChars;
        bool scored = (name is "p" or "pre" or "td" or "blockquote" || (name is "div" or "section" && !s.HasBlockChild)) && s.Text >= minBlock;
        // Text written straight into a container beside block children is a paragraph of that container (Readability wraps it in a <p>).
        bool ownText = !scored && s.OwnText >= minBlock && name is "div" or "section" or "article" or "main" or "td";
        if (!scored && !ownText) return;
        int length = scored ? s.Text : s.OwnText;
        // A short block (a quotation, a teaser's blurb) is weak evidence of an article however many commas it has:
        // twenty of them must not outscore five paragraphs (jusText classes such blocks "short", not "good").
        bool isShort = length < _settings.ShortBlockChars;
        double score = isShort ? _settings.ShortBlockScore * length / _settings.ShortBlockChars : 1 + s.Commas + Math.Min(length / 100, 3);
        int level = 0;
        for (var a = ownText ? e : e.ParentElement; a is not null && level < _settings.AncestorLevels; a = a.ParentElement, level++)
        {
            if (!_stats.TryGetValue(a, out var stats) || a.LocalName is "html") break;
            if (!stats.Candidate)
            {
                stats.Candidate = true;
                stats.Weight = _weighClasses ? ClassWeight(a) : 0;
                stats.Score = TagScore(a.LocalName) + stats.Weight;
            }
            stats.Score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            stats.BlockText += length;
            if (!isShort) stats.LongBlockText += length;
        }
    }

    private static double LinkDensity(Stats s) => s.Text == 0 ? 0 : (double)s.LinkText / s.Text;

    private static int TagScore(string tag) => tag switch
    {
        "div" or "article" => 5,
        "pre" or "td" or "blockquote" => 3,
        "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private int ClassWeight(IElement e)
    {
        // Microdata that names the article body is the page telling us outright.
        int weight = e.GetAttribute("itemprop") == "articleBody" ? 25 : 0;
        return weight + Names(e.ClassName).Weight + Names(e.Id).Weight;
    }

    private bool IsJunk(IElement e)
    {
        var name = e.LocalName;
        if (BlockText.SkipTags.Contains(name) && name != "img") return true;
        if (name is "nav" or "aside" or "footer" or "header") return true;
        // One pass over the attributes instead of a lookup (a scan of the attribute list) for each of seven names.
        bool hidden = false;
        string? style = null, role = null, ariaHidden = null, ariaModal = null, classValue = null, idValue = null;
        var attributes = e.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.Name)
            {
                case "hidden": hidden = true; break;
                case "style": style ??= attribute.Value; break;
                case "role": role ??= attribute.Value; break;
                case "aria-hidden": ariaHidden ??= attribute.Value; break;
                case "aria-modal": ariaModal ??= attribute.Value; break;
                case "class": classValue ??= attribute.Value; break;
                case "id": idValue ??= attribute.Value; break;
            }
        }
        if (hidden || BlockText.StyleHides(style)) return true;
        if (role is "navigation" or "complementary" or "banner" or "contentinfo" or "dialog" or "alert") return true;
        if (ariaHidden == "true" || ariaModal == "true") return true;
        if (name is "body" or "a" or "article" or "main" or "table" or "tbody" or "tr" or "td" or "th" or "p" or "h1" or "h2" or "h3") return false;
        var cls = Names(classValue);
        var id = Names(idValue);
        if (cls.Always || id.Always) return true;
        // Bylines and date lines are metadata, not body; only short ones, so a wrapper named "author-content" survives.
        if ((cls.Byline || id.Byline) && e.TextContent.Length < 150) return true;
        return _stripUnlikely && (cls.Unlikely || id.Unlikely) && !(cls.Maybe || id.Maybe);
    }

    /// <summary>What a class or id value says about its element.</summary>
    private readonly record struct NameHints(bool Always, bool Byline, bool Unlikely, bool Maybe, int Weight);

    // Pages repeat the same class values on hundreds of elements: the patterns run once per distinct value.
    private readonly Dictionary<string, NameHints> _hints = new(StringComparer.Ordinal);

    private NameHints Names(string? value)
    {
        if (string.IsNullOrEmpty(value)) return default;
        if (_hints.TryGetValue(value, out var hints)) return hints;
        int weight = (Negative().IsMatch(value) ? -25 : 0) + (Positive().IsMatch(value) ? 25 : 0);
        hints = new NameHints(AlwaysJunk().IsMatch(value), Byline().IsMatch(value), Unlikely().IsMatch(value), MaybeCandidate().IsMatch(value), weight);
        if (_hints.Count < 50_000) _hints[value] = hints;
        return hints;
    }

    private IElement Ascend(IElement top, double topScore)
    {
        double last = topScore;
        double threshold = last / 3;
        for (var parent = top.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!_stats.TryGetValue(parent, out var s) || !s.Candidate) continue;
            double score = s.Score * (1 - LinkDensity(s));
            if (score < threshold) break;
            if (score > last)
            {
                top = parent;
                break;
            }
            last = score;
        }
        // A lone child says nothing about where the article ends: take the wrapper.
        while (top.ParentElement is { } p && p.LocalName != "body" && p.ElementCount(_removed) == 1) top = p;
        return top;
    }

    private List<IElement> WithSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (parent is null) return [top];
        var topStats = _stats[top];
        double topScore = topStats.Score * (1 - LinkDensity(topStats));
        double threshold = Math.Max(_settings.MinSiblingScore, topScore * _settings.SiblingScoreShare);
        var result = new List<IElement>();
        foreach (var node in parent.ChildNodes)
        {
            if (node is not IElement sibling) continue;
            if (_removed.Contains(sibling) || !_stats.TryGetValue(sibling, out var s)) continue;
            if (sibling == top)
            {
                result.Add(sibling);
                continue;
            }
            double bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            // A grid of teasers or a column of quotations beside the article scores well too, but is no prose.
            bool prose = s.BlockText > 0 && s.LongBlockText >= _settings.SiblingProseShare * s.BlockText;
            bool append = s.Candidate && prose && s.Score * (1 - LinkDensity(s)) + bonus >= threshold;
            if (!append && sibling.LocalName == "p")
            {
                double density = LinkDensity(s);
                var text = BlockText.Text(sibling) ?? "";
                int chars = _settings.ParagraphSiblingChars;
                append = (s.Text > chars && density < _settings.ParagraphSiblingLinkDensity) || (s.Text > 0 && s.Text <= chars && density == 0 && SentenceEnd().IsMatch(text));
            }
            if (append) result.Add(sibling);
        }
        return result;
    }

    private void CleanConditionally(IElement root)
    {
        foreach (var e in root.QuerySelectorAll("form, fieldset, table, ul, ol, div, section, dl"))
        {
            if (_removed.Contains(e) || !_stats.TryGetValue(e, out var s)) continue;
            int weight = _weighClasses ? ClassWeight(e) : 0;
            if (weight + (s.Candidate ? s.Score : 0) < 0)
            {
                _removed.Add(e);
                continue;
            }
            if (s.Commas >= 10) continue;
            bool isList = e.LocalName is "ul" or "ol" or "dl";
            double density = LinkDensity(s);
            int p = s.Paragraphs;
            int li = s.ListItems - 100;
            bool remove =
                (s.Images > 1 && (double)p / s.Images < 0.5) ||
                (!isList && li > p) ||
                (s.Inputs > p / 3) ||
                (!isList && s.Text < 25 && (s.Images == 0 || s.Images > 2) && e.LocalName != "div") ||
                // A card inside the article (a picture, a headline, a blurb; no block of prose) is a teaser or a caption.
                (!isList && s.Images > 0 && s.BlockText > 0 && s.LongBlockText == 0 && s.Text < _settings.CardMaxChars) ||
                (weight < 25 && density > _settings.LinkDensity && !(isList && density < _settings.ListLinkDensity && s.Text > 200)) ||
                (weight >= 25 && density > _settings.ListLinkDensity);
            if (remove) _removed.Add(e);
        }
        foreach (var e in root.QuerySelectorAll("p, li, h2, h3, h4"))
        {
            if (_stats.TryGetValue(e, out var s) && s.Text > 0 && LinkDensity(s) > _settings.BlockLinkDensity) _removed.Add(e);
        }
    }

    private static bool IsBoilerplate(string p) => p.Length < 60 && Boilerplate().IsMatch(p);

    [GeneratedRegex("ad-break|agegate|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|gdpr|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|pagination|pager|popup|yom-remote|share|newsletter|subscribe|promo|cookie|byline|caption|credit|dateline|tags|outbrain|taboola|recommend|most-?popular|trending|read-?more|author-?info|print|toolbar|signup|paywall", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-?text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCandidate();

    [GeneratedRegex(@"(^|[\s_-])(comments?|disqus|share-?bar|social-?share|outbrain|taboola|cookie-?banner|newsletter-?signup|related-?(articles|posts|news|stories))($|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AlwaysJunk();

    [GeneratedRegex("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|detail|sapo|noi-?dung", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Positive();

    [GeneratedRegex("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|breadcrumb|social|subscribe|newsletter|lien-?quan|binh-?luan", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negative();

    [GeneratedRegex(@"byline|author|dateline|writtenby|entry-meta|post-meta|article-meta|posted-on|published|timestamp", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"[.!?。…:""”»)]\s*$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(advertisement|advertising|quảng cáo|share|share this( article| story)?|chia sẻ|tweet|email|print|comments?|bình luận|read more|xem thêm|đọc thêm|tin liên quan|related( articles| stories)?|sign up|subscribe|follow us|loading\W*)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Boilerplate();
}
