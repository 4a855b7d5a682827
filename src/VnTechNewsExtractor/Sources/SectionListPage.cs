using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Sources;

/// <summary>What one section list page lists: its article links (with dates when shown) and the next list page.</summary>
internal sealed record SectionListPage(IReadOnlyList<ListedArticle> Articles, Uri? Next)
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });
    private static readonly string[] DateAttributes = ["datetime", "data-time", "data-publishtime", "title", "content"];

    /// <summary>
    /// Reads a list page served from <paramref name="pageUrl"/>: with its site's list-page lines of <c>sites.tsv</c>, else
    /// the first row whose items appear on the page (so a copy of a known site's page is read like the original), else
    /// the generic row.
    /// </summary>
    public static SectionListPage Read(string html, Uri pageUrl)
    {
        using var doc = Parser.ParseDocument(html);
        var profile = SectionListProfile.ForHost(pageUrl.Host)
            ?? SectionListProfile.All.FirstOrDefault(p => p.Host != "*" && doc.QuerySelector(p.Item) is not null)
            ?? SectionListProfile.Generic;
        var baseUrl = doc.QuerySelector("base[href]")?.GetAttribute("href") is { } b && Uri.TryCreate(pageUrl, b, out var based) ? based : pageUrl;
        var articles = new List<ListedArticle>();
        var seen = new HashSet<Uri>();
        foreach (var item in doc.QuerySelectorAll(profile.Item))
        {
            var link = item.QuerySelector(profile.Link);
            if (link?.GetAttribute("href") is not { } href || !Uri.TryCreate(baseUrl, href.Trim(), out var url) || !CanonicalUrl.IsHttp(url)) continue;
            url = CanonicalUrl.Of(url);
            if (seen.Add(url)) articles.Add(new ListedArticle(url, DateOf(item, profile.Date)));
        }
        Uri? next = null;
        if (profile.Next is not null
            && doc.QuerySelector(profile.Next)?.GetAttribute("href") is { } nextHref
            && Uri.TryCreate(baseUrl, nextHref.Trim(), out var nextUrl) && CanonicalUrl.IsHttp(nextUrl))
            next = CanonicalUrl.Of(nextUrl);
        return new SectionListPage(articles, next);
    }

    private static DateTimeOffset? DateOf(IElement item, string? selector)
    {
        IEnumerable<IElement> candidates = selector is null ? [item] : [item, .. item.QuerySelectorAll(selector)];
        foreach (var element in candidates)
        {
            foreach (var attribute in DateAttributes)
                if (Parse(element.GetAttribute(attribute)) is { } date) return date;
            if (!ReferenceEquals(element, item) && Parse(element.TextContent) is { } shown) return shown;
        }
        return null;
    }

    private static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        text = text.Trim();
        // Unix seconds, as some list pages carry them in data attributes.
        if (text.Length is >= 9 and <= 11 && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromHours(7));
        // Vietnamese pages write day/month/year: an invariant-culture parse would read 7/3 as July 3, so only ISO dates go there.
        if (HtmlArticleReader.VisibleDate(text) is { } shown) return shown;
        return text.Length >= 10 && char.IsAsciiDigit(text[0]) && text[4] == '-' && text[7] == '-' ? HtmlArticleReader.ParseDate(text) : null;
    }
}
