using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>The pass before parsing: JSON-LD kept as the DOM would hold it, what no reader needs removed, deep nesting cut.</summary>
public class PagePrepassTests
{
    [TestCase("<script type=\"application/ld+json\">{\"a\":1}</script>", new[] { "{\"a\":1}" }, TestName = "double quotes")]
    [TestCase("<SCRIPT TYPE='Application/LD+JSON' id=x>{\"a\":1}</Script >", new[] { "{\"a\":1}" }, TestName = "any case, single quotes")]
    [TestCase("<script type=application/ld+json>{}</script><p>x</p>", new[] { "{}" }, TestName = "unquoted")]
    [TestCase("<script id=\"j\" type=\" application/ld+json \">[1]</script>", new[] { "[1]" }, TestName = "padded value after another attribute")]
    [TestCase("<script type=\"application/ld+json\">{\"a\":\"&amp;<b>\"}</script>", new[] { "{\"a\":\"&amp;<b>\"}" }, TestName = "raw text, no entities or markup")]
    [TestCase("<script type=\"application/ld+json\">{}</script><script type=\"application/ld+json\">[]</script>", new[] { "{}", "[]" }, TestName = "two scripts in order")]
    [TestCase("<script>var t = 'application/ld+json';</script>", new string[0], TestName = "the words inside another script")]
    [TestCase("<p>We write ld+json by hand.</p>", new string[0], TestName = "the words in text")]
    [TestCase("<script data-type=\"application/ld+json\">{}</script>", new string[0], TestName = "another attribute named like type")]
    [TestCase("<script type=\"application/ld+json\">{\"cut\":", new[] { "{\"cut\":" }, TestName = "unterminated at the end of the page")]
    public void Finds_the_JSON_LD_scripts(string html, string[] expected)
    {
        var found = new List<string>();
        PagePrepass.Run(html, 512, found, out _);
        Assert.That(found, Is.EqualTo(expected));
    }

    [TestCase("<p>a</p><script>var x = '<p>b</p>';</script><p>c</p>", "<p>a</p><script></script><p>c</p>", TestName = "script text")]
    [TestCase("<style>p { color: red }</style><p>a</p>", "<style></style><p>a</p>", TestName = "style text")]
    [TestCase("<p>a<!-- <p>b</p> --></p>", "<p>a</p>", TestName = "comments")]
    [TestCase("<p>a<svg viewBox='0 0 1 1'><path d='M0'/><svg><g/></svg><text>x</text></svg>b</p>", "<p>a<svg viewBox='0 0 1 1'></svg>b</p>", TestName = "SVG insides, nested SVG counted")]
    [TestCase("<p>a<svg/>b</p>", "<p>a<svg/>b</p>", TestName = "an empty SVG")]
    [TestCase("<p>a<svg><path/>b</p>", "<p>a<svg><path/>b</p>", TestName = "an SVG never closed is left to the parser")]
    [TestCase("<title>A &amp; B</title><textarea><p>x</p></textarea>", "<title>A &amp; B</title><textarea><p>x</p></textarea>", TestName = "title and textarea text kept")]
    [TestCase("<script>if (a </scripts> b) {}</script><p>c</p>", "<script></script><p>c</p>", TestName = "an end tag needs its name to end")]
    [TestCase("<SCRIPT>x</SCRIPT ><p>c</p>", "<SCRIPT></SCRIPT ><p>c</p>", TestName = "any case")]
    [TestCase("<p>plain</p>", "<p>plain</p>", TestName = "nothing to remove")]
    [TestCase("<div class=\"a\" data-id=\"7\" onclick=\"go()\" aria-label=\"x\">b</div>", "<div class=\"a\">b</div>", TestName = "data, ARIA and event attributes")]
    [TestCase("<img src=\"a.jpg\" srcset=\"a.jpg 2x\" alt=\"Ảnh\" width=600 height=400 loading=lazy>", "<img>", TestName = "image attributes")]
    [TestCase("<a title=\"a > b\" href=\"/x\">t</a>", "<a href=\"/x\">t</a>", TestName = "a quoted value holding >")]
    [TestCase("<p DATA-X='1' Class=c>t</p>", "<p Class=c>t</p>", TestName = "attribute names in any case")]
    [TestCase("<div data-role=\"content\" aria-hidden=\"true\" role=\"main\" style=\"x\" hidden>t</div>", "<div data-role=\"content\" aria-hidden=\"true\" role=\"main\" style=\"x\" hidden>t</div>", TestName = "attributes some reader reads")]
    [TestCase("<input value=1 disabled/>", "<input disabled/>", TestName = "a valueless attribute and a self-closing slash")]
    [TestCase("<div>\n  <p>a</p>\n  <p>b</p>\n</div>", "<div><p>a</p>\n  <p>b</p>\n</div>", TestName = "white space first in a block dropped, after or before one kept")]
    [TestCase("<td>\n <b>a</b></td><body> <i>b</i>", "<td>\n <b>a</b></td><body> <i>b</i>", TestName = "white space after start tags the parser may ignore kept")]
    [TestCase("<b><div>\n <p>a</p></div></b><div> <p>b</p></div>", "<b><div>\n <p>a</p></div></b><div><p>b</p></div>", TestName = "white space kept while a formatting element is open")]
    [TestCase("<html>\n<head>\n<title>t</title>\n</head>\n<body>\n<p>a</p>\n</body>", "<html><head><title>t</title></head><body>\n<p>a</p>\n</body>", TestName = "white space before the body")]
    [TestCase("<meta charset=utf-8>\n<p>a</p> <meta name=x> <p>b</p>", "<meta charset=utf-8><p>a</p> <meta name=x> <p>b</p>", TestName = "the body begins with its first element")]
    [TestCase("<p><b>a</b> <i>b</i>\n</p>", "<p><b>a</b> <i>b</i>\n</p>", TestName = "white space between inline elements kept")]
    [TestCase("<span>a</span> <script>x</script> <span>b</span>", "<span>a</span> <script></script> <span>b</span>", TestName = "white space around a script in text kept")]
    [TestCase("<head>\n<meta charset=utf-8>\n  <title>t</title>\n</head>", "<head><meta charset=utf-8><title>t</title></head>", TestName = "white space between head elements")]
    [TestCase("<p>a<br>\n<b>b</b></p>", "<p>a<br>\n<b>b</b></p>", TestName = "white space after a line break kept")]
    [TestCase("<div>a <!-- c --> b</div>", "<div>a  b</div>", TestName = "white space around a comment kept")]
    [TestCase("<div class=\"a>b", "<div class=\"a>b", TestName = "an unterminated quote is left to the parser")]
    [TestCase("<head><link rel=\"stylesheet\" href=\"/a.css\"><link rel=\"canonical\" href=\"https://x.vn/a.html\"><link rel=preload href=/f.woff2></head>", "<head><link rel=\"canonical\" href=\"https://x.vn/a.html\"></head>", TestName = "links but the canonical one")]
    public void Removes_what_no_reader_needs(string html, string expected)
    {
        Assert.That(PagePrepass.Run(html, 512, [], out var excess), Is.EqualTo(expected));
        Assert.That(excess, Is.EqualTo(-1));
    }

    [Test]
    public void Cuts_where_nesting_first_passes_the_limit()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 10)) + "x";
        Assert.That(PagePrepass.Run(html, 4, [], out var excess), Is.EqualTo("<div><div><div><div>"));
        Assert.That(excess, Is.EqualTo(20));
    }

    [Test]
    public void Scripts_and_void_elements_do_not_count_towards_the_depth()
    {
        var html = string.Concat(Enumerable.Repeat("<div><script>x</script><br><img src=a><p>y</div>", 10));
        Assert.That(PagePrepass.Run(html, 3, [], out var excess), Does.Not.Contain("x</script>"));
        Assert.That(excess, Is.EqualTo(-1));
    }

    [Test]
    public void Keeps_every_attribute_a_site_selector_reads()
    {
        var selectors = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "VnTechNewsExtractor", "Resources", "sites.tsv"));
        var named = System.Text.RegularExpressions.Regex.Matches(selectors, @"\[([A-Za-z][-A-Za-z0-9]*)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.That(named, Is.Not.Empty);
        // And those the code reads: metadata, links, microdata, hiding, and the generic reader's hints.
        string[] read = ["class", "id", "href", "content", "name", "property", "itemprop", "itemtype", "rel", "type", "lang", "style", "hidden", "datetime", "role", "aria-hidden", "aria-modal", "align", "data-component-type", "charset", "http-equiv"];
        Assert.That(named.Concat(read).Where(a => PagePrepass.IsUnread(a)), Is.Empty);
    }

    /// <summary>The property behind dropping attributes and white space: the text a reader sees does not change.</summary>
    [Test]
    public void Leaves_the_paragraphs_and_text_of_real_size_pages_unchanged()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "tests", "VnTechNewsExtractor.Tests", "Pages", "Fixtures"), "*.html")
            .Concat(Directory.EnumerateFiles(TestPaths.Samples, "*.html")).ToList();
        Assert.That(pages, Has.Count.GreaterThan(5));
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        foreach (var path in pages)
        {
            var html = PageDecoder.Decode(File.ReadAllBytes(path), null, path).Text;
            using var original = parser.ParseDocument(html);
            using var prepared = parser.ParseDocument(PagePrepass.Run(html, 512, [], out _));
            Assert.That(BlockText.Paragraphs(prepared.Body!), Is.EqualTo(BlockText.Paragraphs(original.Body!)), path);
            Assert.That(BlockText.Text(prepared.Body), Is.EqualTo(BlockText.Text(original.Body)), path);
        }
    }
}
