using AngleSharp.Html.Parser;
using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>List-page reading: the list-page selectors of <c>Resources/sites.tsv</c> and the dates items show.</summary>
public class SectionListPageTests
{
    private static IEnumerable<TestCaseData> Rows() =>
        SectionListProfile.All.Select(p => new TestCaseData(p.Host).SetArgDisplayNames(p.Host));

    [TestCaseSource(nameof(Rows))]
    public void Every_selector_of_the_data_file_parses(string host)
    {
        var profile = SectionListProfile.All.Single(p => p.Host == host);
        using var doc = new HtmlParser().ParseDocument("<html><body></body></html>");
        foreach (var selector in new[] { profile.Item, profile.Link, profile.Date, profile.Next }.OfType<string>())
            Assert.DoesNotThrow(() => doc.QuerySelectorAll(selector), $"{profile.Host}: {selector}");
    }

    [TestCase("vnexpress.net", "vnexpress.net")]
    [TestCase("www.vnexpress.net", "vnexpress.net")]
    [TestCase("kinhdoanh.vnexpress.net", "vnexpress.net")]
    [TestCase("notvnexpress.net", null)]
    [TestCase("cafef.vn", "cafef.vn")]
    public void Rows_are_chosen_by_host(string host, string? row) =>
        Assert.That(SectionListProfile.ForHost(host)?.Host, Is.EqualTo(row));

    [TestCase("<time datetime=\"2025-06-10T09:00:00+07:00\"></time>", "2025-06-10T09:00:00+07:00")]
    [TestCase("<span class=\"time-public\">7/3/2025, 08:15</span>", "2025-03-07T08:15:00+07:00")]   // day first, as Vietnamese pages write it
    [TestCase("<span class=\"time-public\" data-time=\"1749520800\"></span>", "2025-06-10T09:00:00+07:00")] // Unix seconds
    [TestCase("<span class=\"time-public\">hôm qua</span>", null)]
    public void Listed_dates_are_read(string dateMarkup, string? expected)
    {
        var html = $"<html><body><article class=\"item-news\"><h3 class=\"title-news\"><a href=\"/a.html\">A</a></h3>{dateMarkup}</article></body></html>";
        var page = SectionListPage.Read(html, new Uri("https://vnexpress.net/kinh-doanh"));
        Assert.That(page.Articles.Single().ListedAt, Is.EqualTo(expected is null ? null : DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Links_resolve_against_the_page_and_only_http_links_are_kept()
    {
        const string html = """
            <html><head><link rel="next" href="?page=2"></head><body>
            <article class="item-news"><h3 class="title-news"><a href="a-1.html">1</a></h3></article>
            <article class="item-news"><h3 class="title-news"><a href="javascript:void(0)">2</a></h3></article>
            <article class="item-news"><h3 class="title-news"><a href="//vnexpress.net/a-3.html#top">3</a></h3></article>
            <article class="item-news"><h3 class="title-news"><a href="mailto:toa-soan@example.vn">4</a></h3></article>
            </body></html>
            """;
        var page = SectionListPage.Read(html, new Uri("https://vnexpress.net/kinh-doanh/"));
        Assert.That(page.Articles.Select(a => a.Url.AbsoluteUri), Is.EqualTo(new[] { "https://vnexpress.net/kinh-doanh/a-1.html", "https://vnexpress.net/a-3.html" }));
        Assert.That(page.Next?.AbsoluteUri, Is.EqualTo("https://vnexpress.net/kinh-doanh/?page=2"));
    }
}
