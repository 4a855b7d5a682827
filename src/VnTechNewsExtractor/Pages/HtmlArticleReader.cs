using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// Reads an article out of an HTML page with AngleSharp. Pages of known Vietnamese sites are read by their site
/// reader (<see cref="SiteProfiles"/>); any other page, or a known one whose layout changed, by a generic reader in
/// the manner of Readability (<see cref="GenericContentFinder"/>), with the JSON-LD <c>articleBody</c> as a last
/// resort. Metadata comes from JSON-LD and meta tags first, then from the visible page. Parsing never loads
/// external resources or runs scripts, and the work is bounded by <see cref="HtmlReaderOptions"/>.
/// </summary>
public sealed partial class HtmlArticleReader
{
    // The readers never look at comments, style sheets or script text: PagePrepass removes them from the source, and
    // the tokenizer skips whatever is left of them instead of building nodes.
    private static readonly HtmlParser Parser = new(new HtmlParserOptions
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        DisableElementPositionTracking = true,
        SkipComments = true,
        SkipRawText = true,
        SkipScriptText = true,
    });
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private readonly HtmlReaderOptions _options;

    /// <summary>Creates a reader with <paramref name="options"/> (the defaults when null).</summary>
    public HtmlArticleReader(HtmlReaderOptions? options = null) => _options = options ?? HtmlReaderOptions.Default;

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
    public ArticleContent Read(string html, string? pageUrl = null) => Read(html, pageUrl, null, CancellationToken.None);

    /// <summary>
    /// Reads <paramref name="html"/>, naming <paramref name="source"/> (a file) in errors when there is no URL, and checking
    /// <paramref name="cancellationToken"/> between the stages (the per-file time limit).
    /// </summary>
    internal ArticleContent Read(string html, string? pageUrl, string? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        var name = pageUrl ?? source ?? "page";
        var errors = new List<ExtractionError>();
        if (html.Length > _options.MaxChars)
        {
            errors.Add(new ExtractionError(ExtractionErrorCodes.Limit, $"{name}: {html.Length:N0} characters, over the limit of {_options.MaxChars:N0}; the rest was not read."));
            html = html[.._options.MaxChars];
        }
        var jsonLd = new List<string>();
        var prepared = PagePrepass.Run(html, _options.MaxDepth, jsonLd, out int excess, out var rented);
        try
        {
            if (excess >= 0)
                errors.Add(new ExtractionError(ExtractionErrorCodes.Limit, $"{name}: elements nested deeper than {_options.MaxDepth}; the page was read up to character {excess:N0}."));
            cancellationToken.ThrowIfCancellationRequested();
            using var doc = Parser.ParseDocument(prepared);
            cancellationToken.ThrowIfCancellationRequested();
            var content = Read(doc, jsonLd, pageUrl, name, errors);
            return errors.Count == 0 ? content : content with { Errors = errors };
        }
        finally
        {
            // The document is disposed and everything read from it is in strings of its own.
            if (rented is not null) System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }
    }

    private ArticleContent Read(IHtmlDocument doc, List<string> jsonLd, string? pageUrl, string name, List<ExtractionError> errors)
    {
        var meta = PageScan.Run(doc, _options.MaxElements, _options.MaxDepth);
        try
        {
            return Read(doc, jsonLd, pageUrl, name, errors, meta);
        }
        finally
        {
            meta.Recycle();
        }
    }

    private ArticleContent Read(IHtmlDocument doc, List<string> jsonLd, string? pageUrl, string name, List<ExtractionError> errors, PageScan meta)
    {
        var ld = JsonLd.Read(jsonLd);
        if (meta.Truncated)
            errors.Add(new ExtractionError(ExtractionErrorCodes.Limit, $"{name}: more than {_options.MaxElements:N0} elements; the rest was not examined."));
        var url = Absolute(meta["link:canonical"]) ?? Absolute(meta["property:og:url"]) ?? Absolute(ld.Url) ?? pageUrl;
        var site = SiteOf(url) ?? SiteOf(pageUrl);
        var profile = SiteProfiles.For(site, meta);
        bool vietnamese = profile is not null || site?.EndsWith(".vn", StringComparison.Ordinal) == true
                          || (doc.DocumentElement.GetAttribute("lang")?.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ?? false);
        var pageTitle = meta.Title;

        string? title = null, lead = null;
        List<string> paragraphs = [];
        List<string> authors = [];
        List<string> category = [];
        DateTimeOffset? visibleDate = null;
        bool listPage = false;
        if (profile is not null)
        {
            title = BlockText.Text(meta.First(profile.Title));
            lead = BlockText.Text(meta.First(profile.Lead));
            var container = meta.First(profile.Body);
            if (container is not null)
            {
                var (body, byline) = SiteBody(container, profile, meta);
                paragraphs = body;
                if (byline is not null) authors = SplitAuthors(byline);
            }
            if (authors.Count == 0 && profile.Author is not null)
                authors = meta.All(profile.Author).Select(e => BlockText.Text(e)).Where(a => a is not null).SelectMany(a => SplitAuthors(a!)).ToList();
            category = Texts(meta, profile.Category!);
            visibleDate = VisibleDate(BlockText.Text(meta.First(profile.Date)));
            listPage = container is null && meta.All(profile.ListMarker).Count >= 5;
        }

        if (paragraphs.Count == 0 && !listPage && doc.Body is { } bodyElement)
        {
            var finder = new GenericContentFinder(_options.MaxDepth, _options.MaxElements, _options.Generic);
            title ??= GenericTitle(doc, ld, meta);
            paragraphs = finder.Find(bodyElement, title);
            if (finder.Truncated && !meta.Truncated)
                errors.Add(new ExtractionError(ExtractionErrorCodes.Limit, $"{name}: more than {_options.MaxElements:N0} elements; the rest was not examined."));
        }
        if (paragraphs.Sum(p => p.Length) < 200 && ld.ArticleBody is { Length: > 200 } ldBody && !listPage)
            paragraphs = ldBody.Split('\n').Select(Clean).Where(p => p is not null).Select(p => p!).ToList();
        title ??= GenericTitle(doc, ld, meta);
        // A layout that puts the headline inside the body container (VnExpress 2026: the h1 in article.fck_detail)
        // repeats it as the first paragraph; so does a CMS that prints the title again above the text.
        while (paragraphs.Count > 0 && IsSameLine(paragraphs[0], title)) paragraphs.RemoveAt(0);
        if (lead is not null) paragraphs = paragraphs.Where(p => p != lead).ToList();
        else if (paragraphs.Count >= 2 && IsDescription(paragraphs[0], ld.Description ?? meta["property:og:description"] ?? meta["name:description"]))
        {
            // A generic page's first paragraph that the page itself gives as its summary is the lead (the sapo).
            lead = paragraphs[0];
            paragraphs.RemoveAt(0);
        }

        var published = ld.DatePublished
                        ?? ParseDate(meta["property:article:published_time"], vietnamese)
                        ?? ParseDate(meta["itemprop:datePublished"], vietnamese)
                        ?? ParseDate(meta["name:pubdate"], vietnamese)
                        ?? ParseDate(meta["name:article:published_time"], vietnamese)
                        ?? visibleDate
                        ?? ParseDate(Attr(meta, "meta[itemprop=datePublished]", "content"), vietnamese)
                        ?? ParseDate(Attr(meta, "time[datetime]", "datetime"), vietnamese);
        // JSON-LD times without an offset were read as Vietnam time; on other sites UTC is the better guess.
        if (ld.DatePublished is { } ldDate && published == ldDate && !ld.DatePublishedHasOffset && !vietnamese)
            published = new DateTimeOffset(ldDate.DateTime, TimeSpan.Zero);
        if (authors.Count == 0) authors = ld.Authors;
        // CMSs of the Người Lao Động family mark the byline with a data-role ("p.name[data-role=author]").
        if (authors.Count == 0)
            authors = meta.All("[data-role=author], [data-role=authorname], [data-role=author-name]").Select(e => BlockText.Text(e)).Where(a => a is not null).SelectMany(a => SplitAuthors(a!)).ToList();
        if (authors.Count == 0 && meta["name:author"] is { } metaAuthor && !metaAuthor.Contains('.', StringComparison.Ordinal)) authors = SplitAuthors(metaAuthor);
        if (category.Count == 0) category = ld.Breadcrumb;
        if (category.Count == 0) category = Texts(meta, "ul.breadcrumb li a, nav.breadcrumb a, .breadcrumbs a, [itemtype$=BreadcrumbList] [itemprop=name]");
        category = category.Where(c => c is not ("Trang chủ" or "Home" or "Trang nhất")).Distinct().ToList();

        int bodyChars = paragraphs.Sum(p => p.Length);
        // A page of an unknown site with no article metadata and a column of linked headlines is a section or list page.
        if (profile is null && !LooksLikeArticle(doc, ld, meta) && meta.All("h2 a[href], h3 a[href], h4 a[href]").Count >= 6
            && paragraphs.Count(p => p.Length >= 150) < 3) listPage = true;
        bool errorPage = ErrorTitle().IsMatch(title ?? pageTitle ?? "") && bodyChars < 1000;
        bool looksArticle = published is not null || LooksLikeArticle(doc, ld, meta);
        bool isArticle = title is not null && !listPage && !errorPage && (bodyChars >= 400 || (bodyChars >= 120 && looksArticle));
        return new ArticleContent
        {
            Url = url,
            Site = site,
            IsArticle = isArticle,
            Title = isArticle ? title : pageTitle ?? title,
            Lead = isArticle ? lead : null,
            PublishedAt = isArticle ? published : null,
            Authors = isArticle ? authors.Where(x => x.Length > 0).Distinct().ToList() : [],
            Category = isArticle ? category : [],
            Paragraphs = isArticle ? paragraphs : [],
        };
    }

    private static bool LooksLikeArticle(IHtmlDocument doc, JsonLd ld, PageScan meta) =>
        ld.IsArticle || meta["property:og:type"] == "article" || meta["property:article:published_time"] is not null || meta.First("meta[itemprop=datePublished], time[datetime], [itemprop=articleBody]") is not null;

    /// <summary>The body paragraphs of a site reader's container, and the in-body byline when there is one.</summary>
    private (List<string> Paragraphs, string? Byline) SiteBody(IElement container, SiteProfile profile, PageScan page)
    {
        var excluded = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        if (profile.Exclude is not null) excluded.UnionWith(page.AllWithin(container, profile.Exclude));
        string? byline = null;
        if (profile.BylineInBody is not null)
        {
            var bylines = page.AllWithin(container, profile.BylineInBody).Where(e => (BlockText.Text(e)?.Length ?? 0) < 120).ToList();
            excluded.UnionWith(bylines);
            if (bylines.Count > 0)
            {
                var last = bylines[^1];
                byline = BlockText.Text(last.QuerySelector("strong, b") ?? last);
            }
        }
        excluded.Remove(container);
        return (BlockText.Paragraphs(container, e => JunkMarkers.Default.IsJunk(e) || excluded.Contains(e), _options.MaxDepth), byline);
    }

    private static string? GenericTitle(IHtmlDocument doc, JsonLd ld, PageScan meta)
    {
        var og = meta["property:og:title"];
        var h1 = meta.All("h1").Select(h => BlockText.Text(h)).FirstOrDefault(h => h is { Length: > 3 });
        // The visible headline is what readers see; og:title and JSON-LD often carry the site's suffix or a SEO variant.
        return h1 ?? ld.Headline ?? og ?? meta.Title;
    }

    /// <summary>Normalises text: entities already decoded by the parser, whitespace collapsed, Unicode NFC.</summary>
    /// <summary>
    /// Whether <paramref name="paragraph"/> is the page's own summary: the description repeats it, or is its start cut
    /// short with an ellipsis (as CMSs truncate descriptions).
    /// </summary>
    internal static bool IsDescription(string paragraph, string? description)
    {
        if (description is null || description.Length < 40 || paragraph.Length > 600) return false;
        var d = description.TrimEnd('.', '…', ' ');
        if (d.Length < 40) return false;
        var p = paragraph.TrimEnd('.', '…', ' ');
        if (p.Equals(d, StringComparison.Ordinal)) return true;
        bool cutShort = description.EndsWith('…') || description.EndsWith("...", StringComparison.Ordinal);
        return cutShort && p.StartsWith(d, StringComparison.Ordinal);
    }

    /// <summary>Whether a paragraph is the headline again: the same words, whatever the case and the closing punctuation.</summary>
    internal static bool IsSameLine(string paragraph, string? title)
    {
        if (title is null) return false;
        var p = paragraph.AsSpan().Trim().TrimEnd(".:!?…");
        var t = title.AsSpan().Trim().TrimEnd(".:!?…");
        return t.Length > 0 && p.Equals(t, StringComparison.OrdinalIgnoreCase);
    }

    internal static string? Clean(string? s)
    {
        if (s is null) return null;
        var cleaned = VnTechNewsExtractor.Text.TextNormalizer.Clean(s, newlinesAsSpaces: true);
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static List<string> Texts(PageScan page, string selector) =>
        page.All(selector).Select(e => BlockText.Text(e)).Where(t => t is not null).Select(t => t!).Distinct().ToList();

    private static string? Attr(PageScan page, string selector, string attribute) => Clean(page.First(selector)?.GetAttribute(attribute));

    private static string? Absolute(string? url) => url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? url : null;

    /// <summary>"NHẬT XUÂN - NGHI VŨ" → two names; "Hà Thu (tổng hợp)" → "Hà Thu"; "Theo Reuters" → "Reuters".</summary>
    internal static List<string> SplitAuthors(string byline) =>
        Regex.Split(byline, @"\s+(?:-|–|và|and|,)\s+|,\s*")
            .Select(CleanAuthor).Where(a => a.Length is > 1 and < 60).ToList();

    /// <summary>"Hà Thu (tổng hợp)" → "Hà Thu"; "Theo Reuters" → "Reuters"; "By Jane Doe" → "Jane Doe".</summary>
    internal static string CleanAuthor(string byline)
    {
        var s = Clean(byline) ?? "";
        int paren = s.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) s = s[..paren];
        s = AuthorPrefix().Replace(s, "");
        return s.Trim(' ', '-', ',', '.', '|', ':');
    }

    internal static string? SiteOf(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>An ISO 8601 or similar time; without an offset it is Vietnam time for Vietnamese pages, UTC otherwise.</summary>
    internal static DateTimeOffset? ParseDate(string? s, bool vietnamese = true)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (HasOffset(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var withOffset))
            return withOffset;
        if (DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), vietnamese ? VietnamOffset : TimeSpan.Zero);
        return null;
    }

    internal static bool HasOffset(string s) => s.EndsWith('Z') || OffsetSuffix().IsMatch(s);

    /// <summary>"Thứ bảy, 7/3/2026, 00:05 (GMT+7)", "07-03-2026 - 00:01 AM", "07/03/2026 08:01 GMT+7".</summary>
    internal static DateTimeOffset? VisibleDate(string? s)
    {
        if (s is null) return null;
        var m = VisibleDateRegex().Match(s);
        if (!m.Success) m = TimeFirstDateRegex().Match(s);
        if (!m.Success) return null;
        int Get(string g) => int.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        int hour = Get("h");
        var ampm = m.Groups["ampm"].Value.ToUpperInvariant();
        if (ampm == "PM" && hour < 12) hour += 12;
        if (ampm == "AM" && hour == 12) hour = 0;
        var offset = m.Groups["gmt"].Success ? TimeSpan.FromHours(int.Parse(m.Groups["gmt"].Value, CultureInfo.InvariantCulture)) : VietnamOffset;
        try
        {
            return new DateTimeOffset(Get("y"), Get("mo"), Get("d"), hour, Get("mi"), 0, offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?<d>\d{1,2})[/.-](?<mo>\d{1,2})[/.-](?<y>\d{4})\D{0,12}?(?<h>\d{1,2})[:h](?<mi>\d{2})(?::\d{2})?(?:\s*(?<ampm>AM|PM|am|pm))?(?:.{0,4}?GMT\s*(?<gmt>[+-]\d{1,2}))?")]
    private static partial Regex VisibleDateRegex();

    [GeneratedRegex(@"(?<h>\d{1,2}):(?<mi>\d{2})\s*(?<ampm>AM|PM|am|pm)?\D{0,12}?(?<d>\d{1,2})[/.-](?<mo>\d{1,2})[/.-](?<y>\d{4})(?:.{0,4}?GMT\s*(?<gmt>[+-]\d{1,2}))?")]
    private static partial Regex TimeFirstDateRegex();

    [GeneratedRegex(@"[+-]\d\d:?\d\d$")]
    private static partial Regex OffsetSuffix();

    [GeneratedRegex(@"^(?:theo|by|bài|ảnh|bài và ảnh|tác giả|nguồn)\s*:?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorPrefix();

    [GeneratedRegex(@"\b404\b|not found|page not found|không tìm thấy|không tồn tại|trang lỗi|error", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorTitle();
}
