using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// A compiled simple selector (a tag, classes, an id and attribute tests, no combinators or pseudo-classes) that
/// tests an element by reading its attribute strings. AngleSharp's own matcher builds a class token list for every
/// element it tests, which dominates the cost of a site reader on a freshly parsed page.
/// </summary>
internal static partial class CompoundMatcher
{
    /// <summary>A predicate for <paramref name="compound"/>, or null when it uses syntax this matcher does not know.</summary>
    public static Func<IElement, bool>? TryCompile(string compound)
    {
        if (TryCompileParts(compound) is not { } parts) return null;
        return e =>
        {
            if (parts.Tag is not null && e.LocalName != parts.Tag) return false;
            if (parts.Classes.Length > 0 && !HasClasses(e.ClassName, parts.Classes)) return false;
            return parts.Rest?.Invoke(e) ?? true;
        };
    }

    /// <summary>
    /// <paramref name="compound"/> split into its tag (lower case; null for none or *), its classes and a predicate for
    /// the rest (id and attribute tests; null when there are none), so a caller that already knows an element's tag
    /// and class attribute tests only the rest; null when it uses syntax this matcher does not know.
    /// </summary>
    public static Parts? TryCompileParts(string compound)
    {
        var m = Compound().Match(compound.Trim());
        if (!m.Success) return null;
        var tag = m.Groups["tag"].Success ? m.Groups["tag"].Value.ToLowerInvariant() : null;
        var classes = new List<string>();
        var tests = new List<Func<IElement, bool>>();
        foreach (Capture c in m.Groups["part"].Captures)
        {
            var part = c.Value;
            if (part[0] == '.')
            {
                classes.Add(part[1..]);
            }
            else if (part[0] == '#')
            {
                var id = part[1..];
                tests.Add(e => e.Id == id);
            }
            else
            {
                var a = Attribute().Match(part);
                if (!a.Success) return null;
                var name = a.Groups["name"].Value;
                if (!a.Groups["op"].Success)
                {
                    tests.Add(e => e.HasAttribute(name));
                    continue;
                }
                var value = a.Groups["value"].Value.Trim('\'', '"');
                switch (a.Groups["op"].Value)
                {
                    case "=": tests.Add(e => e.GetAttribute(name) == value); break;
                    case "*=": tests.Add(e => e.GetAttribute(name)?.Contains(value, StringComparison.Ordinal) == true); break;
                    case "^=": tests.Add(e => e.GetAttribute(name)?.StartsWith(value, StringComparison.Ordinal) == true); break;
                    case "$=": tests.Add(e => e.GetAttribute(name)?.EndsWith(value, StringComparison.Ordinal) == true); break;
                    default: return null;
                }
            }
        }
        Func<IElement, bool>? rest = null;
        if (tests.Count == 1) rest = tests[0];
        else if (tests.Count > 1)
        {
            var all = tests.ToArray();
            rest = e =>
            {
                foreach (var test in all)
                    if (!test(e)) return false;
                return true;
            };
        }
        return new Parts(tag is "*" ? null : tag, [.. classes], rest);
    }

    /// <summary>A compiled compound: its tag, its classes and a test for everything else.</summary>
    internal sealed record Parts(string? Tag, string[] Classes, Func<IElement, bool>? Rest);

    /// <summary>Whether the class attribute <paramref name="classes"/> has every token of <paramref name="wanted"/>.</summary>
    internal static bool HasClasses(string? classes, string[] wanted)
    {
        foreach (var cls in wanted)
            if (!HasClass(classes, cls)) return false;
        return true;
    }

    /// <summary>Whether the class attribute <paramref name="classes"/> has the token <paramref name="cls"/>, without splitting it.</summary>
    internal static bool HasClass(string? classes, string cls)
    {
        if (classes is null) return false;
        int from = 0;
        while ((from = classes.IndexOf(cls, from, StringComparison.Ordinal)) >= 0)
        {
            int end = from + cls.Length;
            bool startOk = from == 0 || char.IsWhiteSpace(classes[from - 1]);
            bool endOk = end == classes.Length || char.IsWhiteSpace(classes[end]);
            if (startOk && endOk) return true;
            from = end;
        }
        return false;
    }

    [GeneratedRegex(@"^(?<tag>[A-Za-z][A-Za-z0-9-]*|\*)?(?<part>\.[A-Za-z0-9_-]+|#[A-Za-z0-9_-]+|\[[^\]]+\])*$")]
    private static partial Regex Compound();

    [GeneratedRegex(@"^\[\s*(?<name>[A-Za-z_:][A-Za-z0-9_:.-]*)\s*(?:(?<op>[*^$]?=)\s*(?<value>'[^']*'|""[^""]*""|[^\]\s]+))?\s*\]$")]
    private static partial Regex Attribute();
}
