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
}
