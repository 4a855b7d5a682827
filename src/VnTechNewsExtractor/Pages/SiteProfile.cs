using AngleSharp.Html.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>Where one site keeps the parts of its article pages.</summary>
internal sealed record SiteProfile
{
    public string? Title { get; init; }
    public string? Lead { get; init; }
    public string? Body { get; init; }
    public string Paragraphs { get; init; } = "p";
    public string Exclude { get; init; } = "script, style, figure, figcaption, table, .box-tinlienquan, .related";
    public string? Author { get; init; }
    public string? Date { get; init; }
    public string Category { get; init; } = "ul.breadcrumb li a";
    public string? ListMarker { get; init; }

    public bool IsListPage(IHtmlDocument doc) => ListMarker is not null && Body is not null && doc.QuerySelector(Body) is null && doc.QuerySelectorAll(ListMarker).Length >= 5;

    private static readonly SiteProfile Generic = new() { Title = "h1", Category = "ul.breadcrumb li a, .breadcrumb a" };

    private static readonly SiteProfile VnExpress = new()
    {
        Title = "h1.title-detail, h1.title_news_detail",
        Lead = "p.description, h2.description",
        Body = "article.fck_detail, div.fck_detail, div.content_detail",
        Paragraphs = "p.Normal, h2, h3",
        Exclude = "script, style, figure, figcaption, table, p.Normal[style*='right'], p.Normal[align=right], .box_brief_info",
        Author = "article.fck_detail p.Normal[style*='right'] strong, article.fck_detail p.author_mail strong, p.author_mail strong",
        Date = "span.date",
        Category = "ul.breadcrumb li a",
        ListMarker = "article.item-news",
    };

    private static readonly SiteProfile CafeF = new()
    {
        Title = "h1.title",
        Lead = "h2.sapo",
        Body = "div.detail-content",
        Paragraphs = "p, h2, h3",
        Exclude = "script, style, figure, figcaption, table, div.tindnd, .h-show-pc, .h-show-mobile, .VCSortableInPreviewMode",
        Author = "div.content_source p.author, p.author",
        Date = "span.pdate",
        Category = "p.dateandcat a.cat",
        ListMarker = ".tlitem, .box-category-item",
    };

    private static readonly SiteProfile DanTri = new()
    {
        Title = "h1.title-page, h1.e-magazine__title",
        Lead = "h2.singular-sapo, .singular-sapo",
        Body = "div.singular-content, div.e-magazine__body",
        Paragraphs = "p, h2, h3",
        Author = "div.author-name b, .author-name a",
        Date = "time.author-time",
        Category = "ul.dt-text-sm li a, .breadcrumbs a",
        ListMarker = "article.article-item",
    };

    private static readonly SiteProfile TuoiTre = new()
    {
        Title = "h1.detail-title, h1.article-title",
        Lead = "h2.detail-sapo",
        Body = "div.detail-content, div#main-detail-body",
        Paragraphs = "p, h2, h3",
        Exclude = "script, style, figure, figcaption, table, .VCSortableInPreviewMode, .relate-container, .kbwscwl-relatedbox",
        Author = "div.author-info a.name, .detail-author a",
        Date = "div.detail-time [data-role=publishdate], div.detail-time",
        Category = "div.detail-cate a",
        ListMarker = ".box-category-item",
    };

    public static SiteProfile For(string? site, IHtmlDocument doc)
    {
        if (site is not null)
        {
            if (site.EndsWith("vnexpress.net", StringComparison.Ordinal)) return VnExpress;
            if (site.EndsWith("cafef.vn", StringComparison.Ordinal)) return CafeF;
            if (site.EndsWith("dantri.com.vn", StringComparison.Ordinal)) return DanTri;
            if (site.EndsWith("tuoitre.vn", StringComparison.Ordinal)) return TuoiTre;
        }
        // A saved page without its URL: recognise the layout by its markers.
        if (doc.QuerySelector("article.fck_detail, h1.title-detail") is not null) return VnExpress;
        return Generic;
    }
}
