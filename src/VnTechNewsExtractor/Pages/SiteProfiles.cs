namespace VnTechNewsExtractor.Pages;

/// <summary>
/// The site readers: selectors for the Vietnamese news sites users save most, chosen by host, canonical link or
/// layout markers. Selectors list the current layout first and older ones after, so pages saved years ago still read.
/// </summary>
internal static class SiteProfiles
{
    public static readonly SiteProfile VnExpress = new()
    {
        Name = "VnExpress",
        Hosts = ["vnexpress.net", "e.vnexpress.net"],
        Marker = "article.fck_detail, h1.title-detail, h1.title_news_detail, div.content_detail",
        Title = "h1.title-detail, h1.title_news_detail, div.title_news h1",
        Lead = "p.description, h2.description, h3.short_intro, p.short_intro",
        Body = "article.fck_detail, div.fck_detail, div.content_detail",
        BylineInBody = "p.Normal[style*=right], p[align=right], p.author_mail, p.author",
        Date = "span.date, span.time, div.block_timer",
        Category = "ul.breadcrumb li a, div.breadcrumb a, ul.list_arrow_breakumb li a",
        ListMarker = "article.item-news, div.item-news, article.list_news",
    };

    public static readonly SiteProfile CafeF = new()
    {
        Name = "CafeF",
        Hosts = ["cafef.vn"],
        Marker = "div.detail-content.afcbc-body span.pdate, p.dateandcat span.pdate",
        Title = "h1.title, h1[data-role=title]",
        Lead = "h2.sapo",
        Body = "div.detail-content, div#mainContent",
        Exclude = ".tindnd, .h-show-pc, .h-show-mobile, .link-content-footer, .VCSortableInPreviewMode[type=Photo]",
        Author = "div.content_source p.author, p.author",
        Date = "span.pdate",
        Category = "p.dateandcat a.cat, a.category-page__name",
        ListMarker = ".tlitem, .box-category-item",
    };

    public static readonly SiteProfile DanTri = new()
    {
        Name = "Dân Trí",
        Hosts = ["dantri.com.vn"],
        Marker = "article[data-slot=container], div.singular-content, h1.title-page",
        Title = "article[data-slot=container] h1, h1.title-page, h1.e-magazine__title",
        Lead = "h2[data-slot=sapo], h2.singular-sapo, div.singular-sapo",
        Body = "div[data-slot=content], div#desktop-in-article, div.singular-content, div.e-magazine__body",
        Exclude = ".dantri-widget, aside, .article-related, [data-content-name=article-related]",
        Author = "article[data-slot=container] a[href*='/tac-gia/'], div.author-name b, div.author-name a",
        Date = "article[data-slot=container] time, time.author-time",
        Category = "a[data-content-name=article-breadcrumb], ul.dt-breadcrumb a, .breadcrumbs a",
        ListMarker = "article.article-item, [data-content-name^=category-timeline] article, .article-list article",
    };

    public static readonly SiteProfile TuoiTre = new()
    {
        Name = "Tuổi Trẻ",
        Hosts = ["tuoitre.vn"],
        Marker = "div.detail-content.afcbc-body div.detail-time, div#main-detail-body",
        Title = "h1.detail-title, h1.article-title",
        Lead = "h2.detail-sapo",
        Body = "div.detail-content, div#main-detail-body",
        Exclude = ".readmore-body-box, .relate-container, .kbwscwl-relatedbox, [type=VideoStream], [type=Photo], [type=LayoutAlbum]",
        Author = "div.detail-author-bot a.name, div.author-info a.name, div.detail-author a.name",
        Date = "div.detail-time [data-role=publishdate], div.detail-time",
        Category = "div.detail-cate a",
        ListMarker = ".box-category-item",
    };

    public static readonly SiteProfile VietnamNet = new()
    {
        Name = "VietnamNet",
        Hosts = ["vietnamnet.vn"],
        Marker = "div.content-detail h1.content-detail-title",
        Title = "h1.content-detail-title, h1.newsFeature__header-title",
        Lead = "h2.content-detail-sapo, div.newFeature__main-textBold",
        Body = "div.maincontent, div#maincontent",
        Exclude = ".article-relate, .vnn-template-noneditable[data-type=related], .insert-wiki-content",
        Author = "div.newsFeature__author-info span.name, p.article-detail-author, span.name a",
        Date = "div.bread-crumb-detail__time",
        Category = "div.bread-crumb-detail ul li a",
        ListMarker = ".horizontalPost, .verticalPost",
    };

    public static readonly SiteProfile ThanhNien = new()
    {
        Name = "Thanh Niên",
        Hosts = ["thanhnien.vn"],
        Marker = "div.detail-cmain",
        Title = "h1.detail-title, h1.details__headline",
        Lead = "h2.detail-sapo, div.detail-sapo",
        Body = "div.detail-cmain, div#abody",
        Exclude = ".detail__related, [type=RelatedOneNews]",
        Author = "div.detail-author a.name, div.author-info a.name, .details__author .author-name",
        Date = "div.detail-time [data-role=publishdate], div.detail-time",
        Category = "div.detail-cate a, ul.breadcrumb a",
        ListMarker = ".box-category-item, .story",
    };

    public static readonly SiteProfile NguoiLaoDong = new()
    {
        Name = "Người Lao Động",
        Hosts = ["nld.com.vn"],
        Marker = "div.detail-content[itemprop=articleBody], div.detail-cmain-nld",
        Title = "h1.detail-title, h1.title-content",
        Lead = "h2.detail-sapo, p.sapo-detail",
        Body = "div.detail-content, div[itemprop=articleBody]",
        Exclude = ".detail-relate, .box-news-relate",
        BylineInBody = "p.author, p.author-name",
        Author = "div.detail-author a.name, div.author",
        Date = "div.detail-time [data-role=publishdate], div.detail-time, span.dateupdate",
        Category = "div.detail-cate a, .breadcrumb a",
        ListMarker = ".box-category-item",
    };

    public static readonly SiteProfile ZNews = new()
    {
        Name = "ZNews",
        Hosts = ["znews.vn", "zingnews.vn"],
        Marker = "div.the-article-body",
        Title = "h1.the-article-title",
        Lead = "p.the-article-summary",
        Body = "div.the-article-body",
        Exclude = ".inner-article, .article-related, .z-widget-corona, .z-widget",
        Author = "div.the-article-credit p.author, li.the-article-author a, p.author",
        Date = "li.the-article-publish",
        Category = "p.the-article-category a",
        ListMarker = "article.article-item",
    };

    public static readonly SiteProfile BaoDauTu = new()
    {
        Name = "Báo Đầu tư",
        Hosts = ["baodautu.vn"],
        Marker = "div#content_detail_news",
        Title = "h1.title-detail, div.title-detail",
        Lead = "div.sapo_detail",
        Body = "div#content_detail_news",
        Exclude = ".box-related, .list_news_related",
        Author = "a.author, div.author-info .author",
        Date = "span.post-time",
        Category = "div.breadcrumbs a, ul.breadcrumbs a",
        ListMarker = "ul.list_news_home li, div.desc_list_news_home",
    };

    public static readonly SiteProfile BaoChinhPhu = new()
    {
        Name = "Báo Chính phủ",
        Hosts = ["baochinhphu.vn", "chinhphu.vn"],
        Marker = "div.detail-content.afcbc-body[data-role=content]",
        Title = "h1.detail-title",
        Lead = "h2.detail-sapo, div.detail-sapo",
        Body = "div.detail-content, div[data-role=content]",
        Exclude = ".detail__related",
        Author = "div.detail-author, div.detail-info .author",
        Date = "div.detail-time",
        Category = "div.detail-breadcrumb a, ul.breadcrumb a",
        ListMarker = ".box-stream-item",
    };

    /// <summary>Every site reader, the most specific markers first.</summary>
    public static IReadOnlyList<SiteProfile> All { get; } = [VnExpress, CafeF, DanTri, TuoiTre, VietnamNet, ThanhNien, NguoiLaoDong, ZNews, BaoDauTu, BaoChinhPhu];

    /// <summary>The reader for <paramref name="site"/>, or for a page whose markers give its layout away; null for other sites.</summary>
    public static SiteProfile? For(string? site, PageScan page)
    {
        if (site is not null)
            foreach (var profile in All)
                foreach (var host in profile.Hosts)
                    if (site == host || site.EndsWith("." + host, StringComparison.Ordinal)) return profile;
        // A saved page without a URL (or a URL that is not the site's): recognise the layout itself.
        if (site is null || site.EndsWith(".vn", StringComparison.Ordinal) || site.EndsWith(".net", StringComparison.Ordinal))
            foreach (var profile in All)
                if (page.First(profile.Marker) is not null) return profile;
        return null;
    }
}
