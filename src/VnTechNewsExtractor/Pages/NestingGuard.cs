namespace VnTechNewsExtractor.Pages;

/// <summary>
/// Finds where a page's tag nesting first exceeds a depth, before the page is parsed. An HTML tree builder checks
/// its stack of open elements on every tag, so a page nested a hundred thousand deep costs quadratic time; cutting
/// the page where the nesting passes the limit (as browsers cap their DOM depth) keeps the parse linear.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The index at which the nesting first goes deeper than <paramref name="maxDepth"/>, or -1.</summary>
    public static int FindExcess(string html, int maxDepth)
    {
        int depth = 0;
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            int start = i;
            char next = html[i + 1];
            if (next == '!')
            {
                // Comments and doctypes.
                int end = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0 ? html.IndexOf("-->", i + 4, StringComparison.Ordinal) : html.IndexOf('>', i + 2);
                if (end < 0) break;
                i = end + 1;
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
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            int close = html.IndexOf('>', nameEnd);
            if (close < 0) break;
            i = close + 1;
            if (closing)
            {
                if (depth > 0 && !IsNotNesting(name)) depth--;
                continue;
            }
            if (html[close - 1] == '/' || IsNotNesting(name)) continue;
            if (IsRawText(name))
            {
                // Script and style text is not markup: skip to its end tag (found without building the "</name" string).
                i = FindEndTag(html, i, name);
                continue;
            }
            if (++depth > maxDepth) return start;
        }
        return -1;
    }

    /// <summary>Where the end tag of <paramref name="name"/> starts at or after <paramref name="from"/> (any case), or the end of the text.</summary>
    private static int FindEndTag(string html, int from, ReadOnlySpan<char> name)
    {
        var rest = html.AsSpan();
        int i = from;
        while (true)
        {
            int found = rest[i..].IndexOf("</", StringComparison.Ordinal);
            if (found < 0) return html.Length;
            i += found;
            if (i + 2 + name.Length <= html.Length && rest.Slice(i + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
            i += 2;
        }
    }

    // Elements without end tags, or whose end tags are optional and which the parser closes itself: they never nest deeply.
    // The name holds only ASCII letters, digits and '-' (see the caller), so OR-ing 0x20 lower-cases it without a culture.
    private static bool IsNotNesting(ReadOnlySpan<char> name)
    {
        if (name.Length > 8) return false;
        Span<char> lower = stackalloc char[8];
        for (int k = 0; k < name.Length; k++) lower[k] = char.IsAsciiLetterUpper(name[k]) ? (char)(name[k] | 0x20) : name[k];
        return (ReadOnlySpan<char>)lower[..name.Length] switch
        {
            "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param" or "source" or "track" or "wbr"
                or "p" or "li" or "dt" or "dd" or "option" or "optgroup" or "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" or "colgroup"
                or "rb" or "rt" or "rp" or "html" or "head" or "body" or "keygen" or "frame" or "basefont" or "bgsound" or "image" => true,
            _ => false,
        };
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Length is >= 3 and <= 8
        && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
            || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase)
            || name.Equals("xmp", StringComparison.OrdinalIgnoreCase) || name.Equals("noembed", StringComparison.OrdinalIgnoreCase));
}
