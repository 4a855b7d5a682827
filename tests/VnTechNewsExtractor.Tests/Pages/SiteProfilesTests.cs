using AngleSharp.Css.Parser;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>The site readers' data file: every site the issue names, every selector valid CSS, malformed lines rejected.</summary>
public class SiteProfilesTests
{
    [Test]
    public void Every_named_site_has_a_reader_with_hosts_title_body_and_date()
    {
        Assert.That(SiteProfiles.All.Select(p => p.Name), Is.EquivalentTo(new[]
        {
            "VnExpress", "CafeF", "Dân Trí", "Tuổi Trẻ", "VietnamNet", "Thanh Niên", "Người Lao Động", "ZNews", "Báo Đầu tư", "Báo Chính phủ",
        }));
        foreach (var p in SiteProfiles.All)
        {
            Assert.That(p.Hosts, Is.Not.Empty, p.Name);
            Assert.That(new[] { p.Marker, p.Title, p.Body, p.Date }, Has.None.Null, p.Name);
        }
    }

    [Test]
    public void Every_selector_parses()
    {
        var parser = new CssSelectorParser();
        foreach (var p in SiteProfiles.All)
            foreach (var css in new[] { p.Marker, p.Title, p.Lead, p.Body, p.Exclude, p.BylineInBody, p.Author, p.Date, p.Category, p.ListMarker })
                if (css is not null) Assert.That(parser.ParseSelector(css), Is.Not.Null, $"{p.Name}: {css}");
    }

    [Test]
    public void Lines_build_profiles_in_first_seen_order_keyed_by_host()
    {
        var profiles = SiteProfiles.Load(SiteDescriptions.Parse(["b.vn\thosts\twww2.b.vn", "a.vn\ttitle\th1.t", "b.vn\tbody\tdiv.c", "b.vn\tname\tBáo B"], "test.tsv"));
        Assert.That(profiles.Select(p => p.Name), Is.EqualTo(new[] { "Báo B", "a.vn" }));
        Assert.That(profiles[0].Hosts, Is.EqualTo(new[] { "b.vn", "www2.b.vn" }));
        Assert.That(profiles[0].Body, Is.EqualTo("div.c"));
        Assert.That(profiles[1].Title, Is.EqualTo("h1.t"));
    }

    [Test]
    public void A_later_line_overrides_a_field_as_a_user_file_does()
    {
        var lines = SiteDescriptions.Parse(["www.b.vn\tbody\tdiv.old", "b.vn\ttitle\th1"], "sites.tsv");
        lines.AddRange(SiteDescriptions.Parse(["b.vn\tbody\tdiv.new"], "mine.tsv"));
        Assert.That(SiteProfiles.Load(lines).Single().Body, Is.EqualTo("div.new"));
    }

    [Test]
    public void One_file_describes_article_pages_list_pages_and_junk()
    {
        var lines = SiteDescriptions.Parse(["b.vn\tbody\tdiv.c", "b.vn\tlist-item\tdiv.item", "b.vn\tlist-link\th3 a", "*\tlist-item\tarticle", "*\tlist-link\th2 a", "*\tjunk-classes\tquangcao", "*\tjunk-attributes\tdata-kind=promo"], "test.tsv");
        Assert.That(SiteProfiles.Load(lines).Single().Body, Is.EqualTo("div.c"));
        var lists = VnTechNewsExtractor.Sources.SectionListProfile.Load(lines);
        Assert.That(lists.Select(l => (l.Host, l.Item)), Is.EqualTo(new[] { ("b.vn", "div.item"), ("*", "article") }));
        var junk = JunkMarkers.Load(lines);
        using var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<div class='box-QuangCao'></div><div data-kind='promo'></div><div class='c'></div>");
        Assert.That(doc.QuerySelectorAll("div").Select(junk.IsJunk), Is.EqualTo(new[] { true, true, false }));
    }

    [Test]
    public void The_shipped_junk_markers_are_the_ones_every_site_reader_used()
    {
        using var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<table></table><p class='Image'></p><div class='box-related'></div><div type='RelatedOneNews'></div><div id='ads-top'></div><div data-component-type='tin_xemthem'></div><p class='Normal'></p><div class='Image'></div>");
        Assert.That(doc.Body!.Children.Select(JunkMarkers.Default.IsJunk), Is.EqualTo(new[] { true, true, true, true, true, true, false, false }));
    }

    [TestCase("a.vn\tcolour\tred", "unknown field 'colour'")]
    [TestCase("a.vn\tjunk-classes\tx", "junk fields belong to the \"*\" host")]
    [TestCase("a.vn\ttitle", "expected 'host<TAB>field<TAB>value'")]
    [TestCase("a.vn\ttitle\t  ", "expected 'host<TAB>field<TAB>value'")]
    public void Malformed_lines_are_rejected_with_the_file_and_line(string line, string message) =>
        Assert.That(() => SiteDescriptions.Parse(["# comment", line], "mine.tsv"), Throws.InstanceOf<InvalidDataException>().With.Message.Contains(message).And.Message.Contains("mine.tsv line 2"));

    [Test]
    public void A_host_with_list_fields_needs_an_item_and_a_link() =>
        Assert.That(() => VnTechNewsExtractor.Sources.SectionListProfile.Load(SiteDescriptions.Parse(["b.vn\tlist-item\tdiv", "*\tlist-item\ta", "*\tlist-link\ta"], "mine.tsv")),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("mine.tsv line 1").And.Message.Contains("list-link"));
}
