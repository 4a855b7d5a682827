using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// Reads an article out of an HTML page with AngleSharp. Pages of known Vietnamese sites are read with their
/// own selectors; any other page (or a known one whose layout changed) with a generic reader that takes the
/// container holding the most paragraph text, in the manner of Readability. Metadata comes from JSON-LD and
/// meta tags first, then from the visible page. Parsing never loads external resources or runs scripts.
/// </summary>
public sealed class HtmlArticleReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Reads a page from its bytes, detecting the encoding (see <see cref="PageDecoder"/>).</summary>
    /// <param name="bytes">The page as saved.</param>
    /// <param name="charset">A charset stated outside the page (HTTP header, sidecar), or null.</param>
    /// <param name="pageUrl">Where the page came from, when known.</param>
    public ArticleContent Read(byte[] bytes, string? charset, string? pageUrl)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var (html, errors) = PageDecoder.Decode(bytes, charset, pageUrl ?? "page");
        var content = Read(html, pageUrl);
        return errors.Count == 0 ? content : content with { Errors = [.. errors, .. content.Errors] };
    }

    /// <summary>Reads <paramref name="html"/>.</summary>
    /// <param name="html">The page.</param>
    /// <param name="pageUrl">Where the page came from, when known (used when the page names no canonical URL).</param>
    public ArticleContent Read(string html, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var doc = Parser.ParseDocument(html);
        var ld = JsonLd.Read(doc);
        var url = Attr(doc, "link[rel=canonical]", "href") ?? Attr(doc, "meta[property='og:url']", "content") ?? ld.Url ?? pageUrl;
        var site = SiteOf(url);
        var profile = SiteProfile.For(site, doc);

        var title = Text(doc, profile.Title) ?? Clean(ld.Headline) ?? Attr(doc, "meta[property='og:title']", "content") ?? Clean(doc.Title);
        var lead = Text(doc, profile.Lead);
        var paragraphs = profile.Body is null ? [] : SiteParagraphs(doc, profile);
        if (paragraphs.Count == 0) paragraphs = GenericParagraphs(doc, title, lead);
        if (paragraphs.Count == 0 && ld.ArticleBody is { Length: > 0 } body)
            paragraphs = body.Split('\n').Select(Clean).Where(p => p is { Length: > 0 }).Select(p => p!).ToList();

        var published = ld.DatePublished ?? ParseDate(Attr(doc, "meta[property='article:published_time']", "content"))
                        ?? ParseDate(Attr(doc, "meta[itemprop=datePublished]", "content")) ?? ParseDate(Attr(doc, "meta[name=pubdate]", "content"))
                        ?? VisibleDate(Text(doc, profile.Date));
        var authors = profile.Author is not null && Text(doc, profile.Author) is { } a ? [CleanAuthor(a)] : ld.Authors;
        var category = doc.QuerySelectorAll(profile.Category).Select(e => Clean(e.TextContent)).Where(c => c is { Length: > 0 }).Select(c => c!).Distinct().ToList();
        if (category.Count == 0) category = ld.Breadcrumb;

        int bodyChars = paragraphs.Sum(p => p.Length);
        bool isArticle = title is not null && bodyChars >= 400 && (published is not null || ld.IsArticle) && !profile.IsListPage(doc);
        return new ArticleContent
        {
            Url = url,
            Site = site,
            IsArticle = isArticle,
            Title = title,
            Lead = isArticle ? lead : null,
            PublishedAt = isArticle ? published : null,
            Authors = isArticle ? authors.Where(x => x.Length > 0).ToList() : [],
            Category = isArticle ? category : [],
            Paragraphs = isArticle ? paragraphs : [],
        };
    }

    private static List<string> SiteParagraphs(IHtmlDocument doc, SiteProfile profile)
    {
        var container = doc.QuerySelector(profile.Body!);
        if (container is null) return [];
        foreach (var junk in container.QuerySelectorAll(profile.Exclude).ToList()) junk.Remove();
        return container.QuerySelectorAll(profile.Paragraphs)
            .Where(p => p.Closest("figure, figcaption, table") is null)
            .Select(p => Clean(p.TextContent)).Where(p => p is { Length: > 0 }).Select(p => p!).ToList();
    }

    /// <summary>The paragraphs of the element whose direct paragraph children hold the most text.</summary>
    private static List<string> GenericParagraphs(IHtmlDocument doc, string? title, string? lead)
    {
        foreach (var junk in doc.QuerySelectorAll("script, style, noscript, nav, header, footer, aside, form, iframe, figure, figcaption, .comment, .comments, [class*=related], [class*=share], [id*=comment]").ToList())
            junk.Remove();
        IElement? best = null;
        double bestScore = 0;
        foreach (var container in doc.QuerySelectorAll("p").Select(p => p.ParentElement).Where(p => p is not null).Distinct())
        {
            double score = 0;
            foreach (var child in container!.Children)
            {
                if (child.LocalName is not ("p" or "h2" or "h3" or "blockquote" or "ul" or "ol")) continue;
                var text = child.TextContent;
                int linkChars = child.QuerySelectorAll("a").Sum(l => l.TextContent.Length);
                if (text.Length > 0 && linkChars < text.Length / 2) score += text.Length - linkChars;
            }
            if (score > bestScore) { bestScore = score; best = container; }
        }
        if (best is null) return [];
        return best.Children
            .Where(c => c.LocalName is "p" or "h2" or "h3" or "blockquote" or "li" or "ul" or "ol")
            .SelectMany(c => c.LocalName is "ul" or "ol" ? c.Children.Where(li => li.LocalName == "li") : [c])
            .Select(c => Clean(c.TextContent)).Where(t => t is { Length: > 0 } && t != title && t != lead).Select(t => t!).ToList();
    }

    internal static string? Clean(string? s)
    {
        if (s is null) return null;
        var cleaned = TextNormalizer.Clean(s.Replace('\n', ' '));
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string? Text(IHtmlDocument doc, string? selector) =>
        selector is null ? null : Clean(doc.QuerySelector(selector)?.TextContent);

    private static string? Attr(IHtmlDocument doc, string selector, string attribute) =>
        Clean(doc.QuerySelector(selector)?.GetAttribute(attribute));

    /// <summary>"Hà Thu (tổng hợp)" → "Hà Thu"; "Theo Reuters" → "Reuters".</summary>
    internal static string CleanAuthor(string byline)
    {
        var s = byline;
        int paren = s.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) s = s[..paren];
        if (s.StartsWith("Theo ", StringComparison.OrdinalIgnoreCase)) s = s[5..];
        return s.Trim(' ', '-', ',', '.');
    }

    internal static string? SiteOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    internal static DateTimeOffset? ParseDate(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset) && HasOffset(s))
            return withOffset;
        if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), VietnamOffset);
        return null;
    }

    private static bool HasOffset(string s) => s.EndsWith('Z') || System.Text.RegularExpressions.Regex.IsMatch(s, @"[+-]\d\d:?\d\d$");

    /// <summary>"Thứ bảy, 7/3/2026, 00:05 (GMT+7)", "07-03-2026 - 00:01 AM".</summary>
    internal static DateTimeOffset? VisibleDate(string? s)
    {
        if (s is null) return null;
        var m = System.Text.RegularExpressions.Regex.Match(s, @"(?<d>\d{1,2})[/-](?<mo>\d{1,2})[/-](?<y>\d{4})\D+?(?<h>\d{1,2}):(?<mi>\d{2})(?:\s*(?<ampm>AM|PM))?");
        if (!m.Success) return null;
        int Get(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        int hour = Get("h");
        if (m.Groups["ampm"].Value == "PM" && hour < 12) hour += 12;
        if (m.Groups["ampm"].Value == "AM" && hour == 12) hour = 0;
        try
        {
            return new DateTimeOffset(Get("y"), Get("mo"), Get("d"), hour, Get("mi"), 0, VietnamOffset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
