using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>JSON-LD scripts cut out of the page source: the same text the DOM would hold, and nothing else.</summary>
public class JsonLdScriptTests
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
        PageScan.FindJsonLd(html, found);
        Assert.That(found, Is.EqualTo(expected));
    }
}
