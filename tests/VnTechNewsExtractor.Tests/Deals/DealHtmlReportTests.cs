using System.Globalization;
using AngleSharp.Html.Parser;
using VnTechNewsExtractor.Deals;
using static VnTechNewsExtractor.Tests.Deals.DealRecords;

namespace VnTechNewsExtractor.Tests.Deals;

/// <summary>The HTML report: escaped, self-contained, and working in a real browser (headless Chromium).</summary>
public class DealHtmlReportTests
{
    private const string HostileName = "<script>document.title='pwned'</script>Quỹ \"Độc\" & Hại";

    private static IReadOnlyList<Deal> Deals()
    {
        var hostile = Simple("evil.example/x", "2024-07-01T08:00:00+07:00", HostileName, "<img src=x onerror=alert(1)>", "5 triệu USD", 5_000_000m);
        // A source that is no web address must not become a link, let alone a script's.
        var scriptUrl = Simple("b.example/2", "2024-07-02T08:00:00+07:00", "Masan", "Phúc Long", "10 triệu USD", 10_000_000m) with { Url = "javascript:alert(1)" };
        return DealGraph.Merge([
            Simple("a.example/1", "2021-03-01T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "8 triệu USD", 8_000_000m, round: "Series A"),
            Simple("b.example/1", "2023-06-01T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "50 triệu USD", 50_000_000m, round: "Series B"),
            Simple("c.example/1", "2023-06-02T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "1.150 tỷ đồng", 1_150_000_000_000m, "VND"),
            Simple("d.example/1", "2024-02-10T08:00:00+07:00", "Bình Minh", "Trường An", "2.300 tỷ đồng", 2_300_000_000_000m, "VND", kind: InvestmentKind.Acquisition),
            hostile, scriptUrl,
        ]);
    }

    private static string Render(IReadOnlyList<Deal> deals)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        DealHtmlReport.Write(writer, deals, "test <b>subtitle</b>");
        return writer.ToString();
    }

    [Test]
    public void Everything_from_articles_is_escaped_and_only_web_addresses_are_links()
    {
        var html = Render(Deals());
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script>document.title"));
            Assert.That(html, Does.Not.Contain("<img src=x"));
            Assert.That(html, Does.Not.Contain("<b>subtitle"));
            Assert.That(html, Does.Contain("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;Quỹ &quot;Độc&quot; &amp; Hại"));
            Assert.That(html, Does.Not.Contain("href=\"javascript:"));
        });
        var doc = new HtmlParser().ParseDocument(html);
        // Nothing is loaded: no element with a source, no linked style sheet, no image or font in the style.
        Assert.That(doc.QuerySelectorAll("[src], link, img, iframe, object, embed"), Is.Empty);
        Assert.That(doc.QuerySelector("style")!.TextContent, Does.Not.Contain("url(").And.Not.Contain("@import"));
        Assert.That(doc.QuerySelectorAll("script"), Has.Length.EqualTo(2), "the error recorder and the page's own script, nothing else");
    }

    [Test]
    public void The_report_renders_in_headless_chromium_with_every_deal_link_and_section_and_no_script_error()
    {
        var browser = Chromium.Find();
        if (browser is null) Assert.Ignore("chromium is not installed (Debian package 'chromium'; .ci/run installs it), so the report is not rendered here");
        var deals = Deals();
        var folder = Directory.CreateTempSubdirectory("vntech-report-");
        try
        {
            var page = Path.Combine(folder.FullName, "deals.html");
            File.WriteAllText(page, Render(deals));
            var (dom, log) = Chromium.Run(browser, page, "--dump-dom");
            var doc = new HtmlParser().ParseDocument(dom);
            Assert.Multiple(() =>
            {
                Assert.That(doc.DocumentElement.GetAttribute("data-script-errors"), Is.Null, "window.onerror recorded an error");
                Assert.That(log, Does.Not.Contain("Uncaught"), "the console shows a script error");
                Assert.That(doc.Body!.GetAttribute("data-ready"), Is.EqualTo("true"), "the page's script ran to its end");
                Assert.That(doc.Title, Is.EqualTo("Deals — vntech"), "no script from an article ran");
                var rows = doc.QuerySelectorAll("#deal-table tbody tr");
                Assert.That(rows, Has.Length.EqualTo(deals.Count));
                // The script sorted the table by date, newest first.
                var dates = rows.Select(r => r.Children[4].GetAttribute("data-sort")!).ToList();
                Assert.That(dates, Is.EqualTo(dates.OrderByDescending(d => d, StringComparer.Ordinal).ToList()));
                Assert.That(doc.QuerySelector("#deal-table th")!.ParentElement!.QuerySelector("[aria-sort]")!.TextContent, Is.EqualTo("Date"));
                var links = doc.QuerySelectorAll("#deal-table a.source").Select(a => a.GetAttribute("href")).ToList();
                Assert.That(links, Has.Count.EqualTo(deals.Sum(d => d.Sources.Count) - 1), "every source but the javascript: one is a link");
                Assert.That(links, Has.All.StartWith("https://"));
                foreach (var id in new[] { "deals", "graph", "by-investor", "by-month", "companies" }) Assert.That(doc.GetElementById(id), Is.Not.Null, id);
                var companies = deals.SelectMany(d => new[] { d.Investor.Name, d.Investee.Name }).Distinct().Count();
                Assert.That(doc.QuerySelectorAll("section.company"), Has.Length.EqualTo(companies));
                Assert.That(doc.QuerySelectorAll("#deal-graph path.g-edge"), Has.Length.EqualTo(deals.Select(d => (d.Investor.Name, d.Investee.Name)).Distinct().Count()));
                Assert.That(doc.QuerySelectorAll("#investor-totals tbody tr"), Has.Length.EqualTo(deals.Select(d => d.Investor.Name).Distinct().Count()));
                Assert.That(doc.QuerySelector("section.company ul.acquired"), Is.Not.Null);
            });

            // The screenshot is kept with the test results, and at a fixed place for a person to look at.
            var shot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "deal-report.png");
            Chromium.Run(browser, page, $"--screenshot={shot}", "--window-size=1400,2000", "--hide-scrollbars");
            Assert.That(new FileInfo(shot).Length, Is.GreaterThan(10_000), "a screenshot with something on it");
            TestContext.AddTestAttachment(shot, "the deal report as headless Chromium renders it");
            TestContext.Out.WriteLine($"screenshot: {shot}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void A_script_error_on_the_page_is_seen_by_the_check()
    {
        var browser = Chromium.Find();
        if (browser is null) Assert.Ignore("chromium is not installed (Debian package 'chromium'; .ci/run installs it)");
        var folder = Directory.CreateTempSubdirectory("vntech-report-");
        try
        {
            var page = Path.Combine(folder.FullName, "broken.html");
            File.WriteAllText(page, Render(Deals()).Replace("</body>", "<script>notAFunction();</script></body>", StringComparison.Ordinal));
            var (dom, log) = Chromium.Run(browser, page, "--dump-dom");
            var doc = new HtmlParser().ParseDocument(dom);
            Assert.That(doc.DocumentElement.GetAttribute("data-script-errors"), Does.StartWith("1: ").And.Contain("notAFunction"));
            Assert.That(log, Does.Contain("Uncaught"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
