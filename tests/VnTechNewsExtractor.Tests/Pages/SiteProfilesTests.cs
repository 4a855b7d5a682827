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
    public void Lines_build_profiles_in_first_seen_order()
    {
        var profiles = SiteProfiles.Load(["B\thosts\tb.vn www2.b.vn", "A\ttitle\th1.t", "B\tbody\tdiv.c"]);
        Assert.That(profiles.Select(p => p.Name), Is.EqualTo(new[] { "B", "A" }));
        Assert.That(profiles[0].Hosts, Is.EqualTo(new[] { "b.vn", "www2.b.vn" }));
        Assert.That(profiles[0].Body, Is.EqualTo("div.c"));
        Assert.That(profiles[1].Title, Is.EqualTo("h1.t"));
    }

    [TestCase("A\tcolour\tred", "unknown field 'colour'")]
    [TestCase("A\ttitle", "expected 'site<TAB>field<TAB>value'")]
    [TestCase("A\ttitle\t  ", "expected 'site<TAB>field<TAB>value'")]
    public void Malformed_lines_are_rejected_with_the_line(string line, string message) =>
        Assert.That(() => SiteProfiles.Load([line]), Throws.InvalidOperationException.With.Message.Contains(message));
}
