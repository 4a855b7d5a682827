using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>robots.txt rules as a table: groups, longest match, wildcards, end anchors, crawl delays.</summary>
public class RobotsTxtTests
{
    private const string Site = """
        # comments and blank lines are ignored
        User-agent: *
        Disallow: /private/
        Disallow: /*.pdf$
        Allow: /private/public-page.html
        Disallow: /search?
        Crawl-delay: 2

        User-agent: badbot
        Disallow: /

        User-agent: vntech
        User-agent: othertool
        Disallow: /tmp
        Allow: /tmp/keep
        Disallow: /kinh-doanh/*/ban-in
        Crawl-delay: 0.5
        Sitemap: https://example.vn/sitemap.xml
        """;

    private static readonly object[] Cases =
    [
        // agent, path, allowed
        new object[] { "somebot", "/", true },
        new object[] { "somebot", "/private/", false },
        new object[] { "somebot", "/private/x.html", false },
        new object[] { "somebot", "/private/public-page.html", true },   // longer Allow wins
        new object[] { "somebot", "/files/report.pdf", false },          // * and $
        new object[] { "somebot", "/files/report.pdf?x=1", true },       // $ anchors the end
        new object[] { "somebot", "/search?q=vnexpress", false },
        new object[] { "somebot", "/search", true },
        new object[] { "badbot", "/anything", false },
        new object[] { "BadBot", "/anything", false },                    // agents match without case
        new object[] { "badbot", "/robots.txt", true },                   // robots.txt itself is always allowed
        new object[] { "vntech", "/private/x.html", true },               // a named group replaces *
        new object[] { "vntech", "/tmp/x", false },
        new object[] { "vntech", "/tmp/keep/x", true },
        new object[] { "vntech", "/kinh-doanh/abc/ban-in", false },
        new object[] { "vntech", "/kinh-doanh/ban-in", true },
        new object[] { "othertool", "/tmp/x", false },                   // consecutive user-agent lines share a group
    ];

    [TestCaseSource(nameof(Cases))]
    public void Rules_decide_what_may_be_fetched(string agent, string path, bool allowed) =>
        Assert.That(RobotsTxt.Parse(Site).IsAllowed(agent, path), Is.EqualTo(allowed), $"{agent} {path}");

    [TestCase("somebot", 2.0)]
    [TestCase("vntech", 0.5)]
    [TestCase("badbot", null)]
    public void Crawl_delay_is_read_per_group(string agent, double? seconds) =>
        Assert.That(RobotsTxt.Parse(Site).CrawlDelay(agent), Is.EqualTo(seconds is { } s ? TimeSpan.FromSeconds(s) : (TimeSpan?)null));

    private static readonly object[] TieCases =
    [
        // robots.txt, path, allowed
        new object[] { "User-agent: *\nDisallow: /a\nAllow: /a", "/a/b", true },               // equal length: Allow wins
        new object[] { "User-agent: *\nAllow: /a\nDisallow: /a/", "/a/b", false },             // longer Disallow wins
        new object[] { "User-agent: *\nDisallow:", "/anything", true },                       // empty Disallow allows all
        new object[] { "Disallow: /\nUser-agent: *\nAllow: /", "/x", true },                  // rules before any group are ignored
        new object[] { "User-agent: *\nDisallow: /*", "/", false },
        new object[] { "User-agent: *\nDisallow: /$", "/", false },
        new object[] { "User-agent: *\nDisallow: /$", "/x", true },
        new object[] { "User-agent: *\nDisallow: /a*b*c", "/axxbyyc", false },
        new object[] { "User-agent: *\nDisallow: /a*b*c", "/axxbyy", true },
        new object[] { "User-agent: *\nDisallow: /tin-tức", "/tin-t%E1%BB%A9c/1", false },    // non-ASCII patterns compare percent-encoded
        new object[] { "User-agent: *\nDisallow: /%7euser", "/%7Euser/x", false },            // escapes compare without case
        new object[] { "User-agent: other\nDisallow: /", "/x", true },                        // no group for us and no *: all allowed
        new object[] { "USER-AGENT: *\r\nDISALLOW: /x # not this\r\n", "/x/y", false },        // keys without case, CRLF, comments
        new object[] { "\uFEFFUser-agent: *\nDisallow: /x", "/x", false },                    // a byte-order mark before the first line
    ];

    [TestCaseSource(nameof(TieCases))]
    public void Precedence_wildcards_and_syntax(string robots, string path, bool allowed) =>
        Assert.That(RobotsTxt.Parse(robots).IsAllowed("vntech", path), Is.EqualTo(allowed), $"{robots.Replace('\n', '|')} {path}");

    [Test]
    public void Unreachable_robots_closes_the_site_and_a_missing_one_opens_it()
    {
        Assert.That(RobotsTxt.DisallowAll.IsAllowed("vntech", "/a"), Is.False);
        Assert.That(RobotsTxt.AllowAll.IsAllowed("vntech", "/a"), Is.True);
    }
}
