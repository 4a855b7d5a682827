using System.Collections.Concurrent;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace VnTechNewsExtractor.Pages;

/// <summary>Site selectors parsed once per process, not once per page.</summary>
internal static class SelectorCache
{
    private static readonly CssSelectorParser Parser = new();
    private static readonly ConcurrentDictionary<string, ISelector> Cache = new(StringComparer.Ordinal);

    /// <summary>The parsed <paramref name="css"/>, or null when it is null.</summary>
    public static ISelector? Get(string? css) =>
        css is null ? null : Cache.GetOrAdd(css, static s => Parser.ParseSelector(s) ?? throw new ArgumentException($"not a CSS selector: {s}", nameof(css)));
}
