namespace VnTechNewsExtractor.Pages;

/// <summary>What the readers need to know about an HTML element by its name, in one lookup.</summary>
[Flags]
internal enum HtmlTagTraits
{
    None = 0,

    /// <summary>Starts and ends a paragraph (see <see cref="BlockText"/>).</summary>
    Block = 1,

    /// <summary>Never shown: the head, its elements, scripts.</summary>
    Hidden = 2,

    /// <summary>Has no end tag, or one the parser supplies itself: never nests deeply.</summary>
    NotNesting = 4,

    /// <summary>Its text is raw script text.</summary>
    Script = 8,

    /// <summary>Its text is a raw style sheet.</summary>
    Style = 16,

    /// <summary>Its text is raw (no markup) and kept.</summary>
    RawText = 32,

    /// <summary>An inline SVG image.</summary>
    Svg = 64,

    /// <summary>A part of a table (a cell, row, row group or caption): outside a table the parser ignores it.</summary>
    TablePart = 128,

    /// <summary>A formatting element (b, em, a ...): while one is open, text reopens it in each new block.</summary>
    Formatting = 256,
}

/// <summary>The traits of HTML elements, by lower-case name.</summary>
internal static class HtmlTags
{
    /// <summary>The traits of the element named <paramref name="name"/> (lower case).</summary>
    public static HtmlTagTraits Of(ReadOnlySpan<char> name) => name switch
    {
        "p" or "li" or "dt" or "dd" or "html" or "body" or "hr" => HtmlTagTraits.Block | HtmlTagTraits.NotNesting,
        "tr" or "td" or "th" or "thead" or "tbody" or "tfoot" => HtmlTagTraits.Block | HtmlTagTraits.NotNesting | HtmlTagTraits.TablePart,
        "caption" => HtmlTagTraits.Block | HtmlTagTraits.TablePart,
        "div" or "section" or "article" or "main" or "header" or "footer" or "aside" or "nav" or "h1" or "h2" or "h3" or "h4"
            or "h5" or "h6" or "ul" or "ol" or "dl" or "blockquote" or "pre" or "table" or "form" or "fieldset"
            or "address" or "center" or "details" or "summary" => HtmlTagTraits.Block,
        "head" or "meta" or "link" or "base" => HtmlTagTraits.Hidden | HtmlTagTraits.NotNesting,
        "title" => HtmlTagTraits.Hidden | HtmlTagTraits.RawText,
        "script" => HtmlTagTraits.Hidden | HtmlTagTraits.Script,
        "style" => HtmlTagTraits.Hidden | HtmlTagTraits.Style,
        "noscript" or "template" => HtmlTagTraits.Hidden,
        "textarea" or "xmp" or "noembed" => HtmlTagTraits.RawText,
        "svg" => HtmlTagTraits.Svg,
        "a" or "b" or "big" or "code" or "em" or "font" or "i" or "nobr" or "s" or "small" or "strike" or "strong" or "tt" or "u"
            => HtmlTagTraits.Formatting,
        "area" or "br" or "col" or "embed" or "img" or "input" or "param" or "source" or "track" or "wbr" or "option"
            or "optgroup" or "colgroup" or "rb" or "rt" or "rp" or "keygen" or "frame" or "basefont" or "bgsound" or "image"
            => HtmlTagTraits.NotNesting,
        _ => HtmlTagTraits.None,
    };
}
