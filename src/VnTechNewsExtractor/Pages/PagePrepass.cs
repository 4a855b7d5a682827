using System.Buffers;
using System.Text;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// One pass over a page's source before it is parsed, doing what the parser cannot do cheaply:
/// <list type="bullet">
/// <item>Bounds nesting. An HTML tree builder checks its stack of open elements on every tag, so a page nested a
/// hundred thousand deep costs quadratic time; the page is cut where the nesting first passes the limit (as
/// browsers cap their DOM depth), which keeps the parse linear.</item>
/// <item>Drops what no reader looks at: script and style text, the insides of inline SVG images and comments. On
/// real news pages these are half the source or more (style sheets are two thirds of a VnExpress or Dân Trí page,
/// SVG icons half of a Tuổi Trẻ page), and the tokenizer would otherwise walk them character by character.</item>
/// <item>Drops what costs the parser an object per item and no reader reads: attributes such as event handlers,
/// data and ARIA attributes, image sources and sizes (see <see cref="IsUnread"/>); white space that never reaches the
/// text (before the body, and first thing in a block); and every &lt;link&gt; but the canonical one (the parser
/// resolves each link's URL; pages have dozens for icons, preloads and style sheets).</item>
/// <item>Keeps the one script text that matters: each JSON-LD block, as the DOM would hold it (script text is raw:
/// no entities, no markup, ending at the first <c>&lt;/script</c>).</item>
/// </list>
/// </summary>
internal static class PagePrepass
{
    /// <summary>
    /// The source to parse: <paramref name="html"/> cut where nesting first goes deeper than
    /// <paramref name="maxDepth"/> (<paramref name="excess"/> is that index in <paramref name="html"/>, or -1), without
    /// what the class summary lists. The text of every JSON-LD script is added to <paramref name="jsonLd"/>.
    /// </summary>
    public static string Run(string html, int maxDepth, List<string> jsonLd, out int excess)
    {
        var source = Run(html, maxDepth, jsonLd, out excess, out var rented);
        var result = source.ToString();
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>
    /// <see cref="Run(string, int, List{string}, out int)"/> without a new string: the result is a slice of
    /// <paramref name="html"/>, or, when something was dropped, of <paramref name="rented"/>, a pooled buffer the caller
    /// returns to <see cref="ArrayPool{T}.Shared"/> once the parsed document is no longer used. (A page is usually
    /// over 85 KB, so a new string would go to the large object heap and bring on full collections.)
    /// </summary>
    public static ReadOnlyMemory<char> Run(string html, int maxDepth, List<string> jsonLd, out int excess, out char[]? rented)
    {
        rented = null;
        excess = -1;
        // The ranges to drop, as (start, end) pairs in order; the result is built once, at the end.
        var drops = new List<int>();
        void Drop(int from, int to)
        {
            if (to <= from) return;
            drops.Add(from);
            drops.Add(to);
        }

        int depth = 0;
        int i = 0;
        int end = html.Length;
        // The text since the last tag: where it starts (-1 when no tag came just before it), and whether that tag opened
        // a block; whether the body has begun.
        int gap = -1;
        bool inBody = false, gapOpensBlock = false;
        int formatting = 0; // formatting elements opened and not yet closed, by their tags
        var attributeDrops = new List<int>();
        // Each tag's name in lower case (names are ASCII letters, digits and '-', see below); names longer than the
        // buffer are in no list and stay as written.
        Span<char> lowerBuffer = stackalloc char[16];
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            int start = i;
            char next = html[i + 1];
            if (next == '!')
            {
                bool comment = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0;
                int close = comment ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                if (close < 0) break;
                i = close + (comment ? 3 : 1);
                if (comment) Drop(start, i);
                gap = -1;
                continue;
            }
            bool closing = next == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            scoped ReadOnlySpan<char> name = html.AsSpan(nameStart, nameEnd - nameStart);
            if (Ascii.ToLower(name, lowerBuffer, out int lowered) == OperationStatus.Done) name = lowerBuffer[..lowered];
            attributeDrops.Clear();
            int tagEnd = ScanAttributes(html, nameEnd, closing ? null : attributeDrops);
            if (tagEnd < 0) break;
            var traits = HtmlTags.Of(name);
            if (gap >= 0 && start > gap)
            {
                // White space that never reaches the text: before the body begins (it goes into the head or nowhere),
                // and first thing inside a block the parser surely opens while no formatting element is open (the text
                // walkers break there, and trim what leads a paragraph). Elsewhere even white space beside a block can
                // separate words: the parser ignores stray end tags, and readers skip hidden blocks without a break.
                if (!IsWhiteSpace(html.AsSpan(gap, start - gap))) inBody = true;
                else if (!inBody || (gapOpensBlock && formatting == 0)) Drop(gap, start);
            }
            // Text, even white space, makes the parser reopen the formatting elements left open in a new block.
            if ((traits & HtmlTagTraits.Formatting) != 0) formatting = closing ? Math.Max(0, formatting - 1) : formatting + 1;
            if (!closing && (traits & HtmlTagTraits.Hidden) == 0 && name is not ("html" or "head")) inBody = true;
            i = tagEnd + 1;
            gap = i;
            // Table parts outside a table, and html, body and a form inside a form, are start tags the parser ignores;
            // the white space after an <hr> is outside it.
            gapOpensBlock = !closing && (traits & (HtmlTagTraits.Block | HtmlTagTraits.TablePart)) == HtmlTagTraits.Block
                            && name is not ("html" or "body" or "form" or "hr");
            bool notNesting = (traits & HtmlTagTraits.NotNesting) != 0;
            if (closing)
            {
                if (depth > 0 && !notNesting) depth--;
                continue;
            }
            bool selfClosing = html[tagEnd - 1] == '/';
            var kind = selfClosing ? HtmlTagTraits.None : traits & (HtmlTagTraits.Script | HtmlTagTraits.Style | HtmlTagTraits.RawText);
            if (!selfClosing && kind == HtmlTagTraits.None && !notNesting && ++depth > maxDepth)
            {
                excess = start;
                end = start;
                break;
            }
            if (name is "link" && html.AsSpan(start, tagEnd - start).IndexOf("canonical", StringComparison.OrdinalIgnoreCase) < 0)
            {
                // Style sheets, icons, preloads: the parser resolves each one's URL, and the readers want only the canonical link.
                Drop(start, i);
                continue;
            }
            for (int k = 0; k < attributeDrops.Count; k += 2) Drop(attributeDrops[k], attributeDrops[k + 1]);
            if (kind != HtmlTagTraits.None)
            {
                // Text up to the end tag is not markup; the end tag itself is consumed here, so it never unbalances the depth.
                int textEnd = FindEndTag(html, i, name);
                if (kind == HtmlTagTraits.Script && IsJsonLdType(html.AsSpan(start, tagEnd - start))) jsonLd.Add(html[i..textEnd]);
                if (kind != HtmlTagTraits.RawText) Drop(i, textEnd);
                int endTagClose = textEnd < html.Length ? html.IndexOf('>', textEnd) : -1;
                i = gap = endTagClose < 0 ? html.Length : endTagClose + 1;
                continue;
            }
            if (!selfClosing && traits == HtmlTagTraits.Svg && FindSvgEnd(html, i) is var svgEnd and >= 0)
            {
                Drop(i, svgEnd);
                i = svgEnd; // the closing </svg> comes next and restores the depth
                gap = -1;
            }
        }
        if (drops.Count == 0) return html.AsMemory(0, end);
        int length = end;
        for (int k = 0; k < drops.Count; k += 2) length -= drops[k + 1] - drops[k];
        var buffer = rented = ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        int from = 0, at = 0;
        for (int k = 0; k < drops.Count; k += 2)
        {
            html.AsSpan(from, drops[k] - from).CopyTo(buffer.AsSpan(at));
            at += drops[k] - from;
            from = drops[k + 1];
        }
        html.AsSpan(from, end - from).CopyTo(buffer.AsSpan(at));
        return buffer.AsMemory(0, length);
    }

    private static bool IsWhiteSpace(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!IsSpace(c)) return false;
        return true;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    /// <summary>
    /// Reads a tag's attributes from <paramref name="from"/> (just after its name) as the HTML tokenizer does, quoted
    /// values may hold '&gt;', and returns where the tag's '&gt;' is, or -1 when the page ends first. Adds the range
    /// of every attribute no reader reads (with the white space before it) to <paramref name="drops"/>.
    /// </summary>
    private static int ScanAttributes(string html, int from, List<int>? drops)
    {
        int n = html.Length;
        int p = from;
        while (true)
        {
            int before = p;
            while (p < n && (IsSpace(html[p]) || html[p] == '/')) p++;
            if (p >= n) return -1;
            if (html[p] == '>') return p;
            int nameStart = p++;
            while (p < n && !IsSpace(html[p]) && html[p] is not ('/' or '>' or '=')) p++;
            int nameEnd = p;
            int q = p;
            while (q < n && IsSpace(html[q])) q++;
            if (q < n && html[q] == '=')
            {
                q++;
                while (q < n && IsSpace(html[q])) q++;
                if (q >= n) return -1;
                if (html[q] is '"' or '\'')
                {
                    int close = html.IndexOf(html[q], q + 1);
                    if (close < 0) return -1;
                    p = close + 1;
                }
                else
                {
                    while (q < n && !IsSpace(html[q]) && html[q] != '>') q++;
                    p = q;
                }
            }
            if (drops is not null && IsUnread(html.AsSpan(nameStart, nameEnd - nameStart)))
            {
                drops.Add(before);
                drops.Add(p);
            }
        }
    }

    /// <summary>The data- and aria- attributes the site descriptions name in selectors or junk markers (lower case).</summary>
    private static string[] DescribedAttributes => _describedAttributes ??= SiteDescriptions.Lines
        .SelectMany(l => l.Field == "junk-attributes"
            ? l.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Split('=')[0])
            : System.Text.RegularExpressions.Regex.Matches(l.Value, @"\[([A-Za-z][-A-Za-z0-9]*)").Select(m => m.Groups[1].Value))
        .Select(a => a.ToLowerInvariant())
        .Where(a => a.StartsWith("data-", StringComparison.Ordinal) || a.StartsWith("aria-", StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static string[]? _describedAttributes;

    /// <summary>
    /// Attributes no reader looks at and that only cost parse time: event handlers, data and ARIA attributes (but
    /// the few some reader reads), and media, form and loading details. Attributes not listed here are
    /// kept, so a new reader that reads an attribute finds it unless it is added to this list.
    /// </summary>
    internal static bool IsUnread(ReadOnlySpan<char> name)
    {
        if (name.Length < 2 || name.Length > 32) return false;
        // Any character may stand in an attribute name: only ASCII letters are lowered (the lists are ASCII).
        Span<char> lower = stackalloc char[32];
        for (int k = 0; k < name.Length; k++) lower[k] = char.IsAsciiLetterUpper(name[k]) ? (char)(name[k] | 0x20) : name[k];
        var n = (ReadOnlySpan<char>)lower[..name.Length];
        if (n.StartsWith("data-") || n.StartsWith("aria-"))
        {
            // Read by site selectors (sites.tsv) or by the generic reader.
            if (n is "data-role" or "data-slot" or "data-content-name" or "data-type" or "data-component-type" or "aria-hidden" or "aria-modal") return false;
            // ... or by the lines of a user's site file (VNTECH_SITES), which the shipped list cannot know.
            foreach (var kept in DescribedAttributes)
                if (n.SequenceEqual(kept)) return false;
            return true;
        }
        if (n.StartsWith("on")) return n.Length > 2;
        return n switch
        {
            "title" or "alt" or "src" or "srcset" or "sizes" or "width" or "height" or "loading" or "decoding" or "fetchpriority"
                or "target" or "tabindex" or "value" or "placeholder" or "for" or "action" or "method" or "autocomplete"
                or "frameborder" or "allow" or "allowfullscreen" or "scrolling" or "crossorigin" or "integrity"
                or "referrerpolicy" or "nonce" or "async" or "defer" or "maxlength" or "draggable" or "spellcheck" => true,
            _ => false,
        };
    }

    /// <summary>
    /// Where the end tag of <paramref name="name"/> starts at or after <paramref name="from"/> (any case, followed by
    /// white space, '/' or '>' as the tokenizer requires), or the end of the text.
    /// </summary>
    private static int FindEndTag(string html, int from, ReadOnlySpan<char> name)
    {
        var text = html.AsSpan();
        int i = from;
        while (true)
        {
            int found = text[i..].IndexOf("</", StringComparison.Ordinal);
            if (found < 0) return html.Length;
            i += found;
            int after = i + 2 + name.Length;
            if (after <= html.Length && text.Slice(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == html.Length || html[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f'))
                return i;
            i += 2;
        }
    }

    /// <summary>Where the &lt;/svg&gt; closing the SVG whose contents start at <paramref name="from"/> begins (nested SVGs counted), or -1.</summary>
    private static int FindSvgEnd(string html, int from)
    {
        int open = 1;
        int i = from;
        while (true)
        {
            i = html.IndexOf("svg", i, StringComparison.OrdinalIgnoreCase);
            if (i < 0) return -1;
            bool closeTag = i >= 2 && html[i - 2] == '<' && html[i - 1] == '/';
            bool openTag = i >= 1 && html[i - 1] == '<';
            bool ended = i + 3 < html.Length && html[i + 3] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f';
            if (ended && closeTag && --open == 0) return i - 2;
            if (ended && openTag)
            {
                int close = html.IndexOf('>', i);
                if (close > 0 && html[close - 1] != '/') open++;
            }
            i += 3;
        }
    }

    // The type attribute of a script start tag is "application/ld+json" (any case, quoted or not, padded with spaces).
    private static bool IsJsonLdType(ReadOnlySpan<char> tag)
    {
        int at = tag.IndexOf("type", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            bool nameStart = at > 0 && char.IsWhiteSpace(tag[at - 1]);
            var rest = tag[(at + 4)..].TrimStart();
            if (nameStart && rest.Length > 0 && rest[0] == '=')
            {
                var value = rest[1..].TrimStart();
                if (value.Length > 0 && value[0] is '"' or '\'')
                {
                    int q = value[1..].IndexOf(value[0]);
                    value = q < 0 ? value[1..] : value.Slice(1, q);
                }
                else
                {
                    int stop = value.IndexOfAny(" \t\n\r>");
                    if (stop >= 0) value = value[..stop];
                }
                return value.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);
            }
            int next = tag[(at + 4)..].IndexOf("type", StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 4 + next;
        }
        return false;
    }
}
