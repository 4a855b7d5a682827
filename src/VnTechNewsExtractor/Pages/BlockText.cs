using System.Text;
using AngleSharp.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// Turns a subtree into paragraphs the way a browser lays it out: every block-level element starts a new
/// paragraph, inline elements and line breaks only add text. Walks iteratively, so a deeply nested page cannot
/// overflow the stack, and never descends past a depth limit. Children are visited by index: AngleSharp's sibling
/// properties search the parent's child list, which makes a walk by siblings quadratic in wide elements.
/// </summary>
internal static class BlockText
{
    /// <summary>Whether elements named <paramref name="name"/> (lower case) start and end paragraphs.</summary>
    public static bool IsBlock(ReadOnlySpan<char> name) => (HtmlTags.Of(name) & HtmlTagTraits.Block) != 0;

    /// <summary>Elements that never hold article text: code, media, controls, captions.</summary>
    public static readonly HashSet<string> SkipTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "figure", "figcaption",
        "button", "select", "option", "textarea", "input", "label", "video", "audio", "canvas", "picture", "img", "map",
        "head", "title", "meta", "link", "source", "track", "dialog",
    };

    /// <summary>Whether the page hides <paramref name="e"/> (hidden attribute or an inline display:none).</summary>
    public static bool IsHidden(IElement e)
    {
        var attributes = e.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            if (attribute.Name == "hidden" || (attribute.Name == "style" && StyleHides(attribute.Value))) return true;
        }
        return false;
    }

    /// <summary>Whether an inline <paramref name="style"/> hides its element (display:none or visibility:hidden).</summary>
    public static bool StyleHides(string? style)
    {
        // Most inline styles hide nothing: look for the words before allocating a compacted copy.
        if (style is null || (!style.Contains("none", StringComparison.OrdinalIgnoreCase) && !style.Contains("hidden", StringComparison.OrdinalIgnoreCase))) return false;
        var compact = style.Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The paragraphs of <paramref name="root"/>, skipping elements for which <paramref name="skip"/> is true.</summary>
    public static List<string> Paragraphs(IElement root, Func<IElement, bool>? skip = null, int maxDepth = 256)
    {
        var result = new List<string>();
        var text = new StringBuilder();
        void Flush()
        {
            if (text.Length == 0) return;
            if (HtmlArticleReader.Clean(text.ToString()) is { } p) result.Add(p);
            text.Clear();
        }
        var stack = new Stack<(INode Node, int Depth, bool Exit)>();
        stack.Push((root, 0, false));
        while (stack.Count > 0)
        {
            var (node, depth, exit) = stack.Pop();
            if (exit)
            {
                Flush();
                continue;
            }
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }
            if (node is not IElement e) continue;
            var name = e.LocalName;
            if (name == "br")
            {
                text.Append(' ');
                continue;
            }
            if (SkipTags.Contains(name) || (e != root && (IsHidden(e) || (skip?.Invoke(e) ?? false)))) continue;
            if (depth >= maxDepth) continue;
            bool block = IsBlock(name);
            if (block)
            {
                Flush();
                stack.Push((e, depth, true));
            }
            var children = e.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--) stack.Push((children[i], depth + 1, false));
        }
        Flush();
        return result;
    }

    /// <summary>
    /// The text of <paramref name="root"/> without scripts and styles, cleaned; null when empty. Block-level elements
    /// and line breaks separate words, as they do on screen, so the text does not depend on the white space between
    /// tags next to blocks.
    /// </summary>
    public static string? Text(IElement? root)
    {
        if (root is null) return null;
        var sb = new StringBuilder();
        // A null entry marks the end of a block: a space goes after its text.
        var stack = new Stack<INode?>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is null) sb.Append(' ');
            else if (node is IText t) sb.Append(t.Data);
            else if (node is IElement e)
            {
                var name = e.LocalName;
                if (name is "script" or "style" or "noscript" or "template") continue;
                if (name == "br") sb.Append(' ');
                if (e != root && IsBlock(name))
                {
                    sb.Append(' ');
                    stack.Push(null);
                }
                var children = e.ChildNodes;
                for (int i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
            }
        }
        return HtmlArticleReader.Clean(sb.ToString());
    }
}
