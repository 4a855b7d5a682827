using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>One lookup answers every question the prepass and the text walkers ask about an element.</summary>
public class HtmlTagsTests
{
    [TestCase("div", "Block")]
    [TestCase("p", "Block, NotNesting")]
    [TestCase("td", "Block, NotNesting, TablePart")]
    [TestCase("meta", "Hidden, NotNesting")]
    [TestCase("script", "Hidden, Script")]
    [TestCase("style", "Hidden, Style")]
    [TestCase("title", "Hidden, RawText")]
    [TestCase("textarea", "RawText")]
    [TestCase("svg", "Svg")]
    [TestCase("br", "NotNesting")]
    [TestCase("img", "NotNesting")]
    [TestCase("span", "None")]
    [TestCase("a", "Formatting")]
    [TestCase("strong", "Formatting")]
    [TestCase("my-widget", "None")]
    public void Traits(string name, string expected) => Assert.That(HtmlTags.Of(name).ToString(), Is.EqualTo(expected));
}
