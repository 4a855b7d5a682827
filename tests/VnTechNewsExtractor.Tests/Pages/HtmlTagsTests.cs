using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>One lookup answers every question the prepass and the text walkers ask about an element.</summary>
public class HtmlTagsTests
{
    [TestCase("div", HtmlTagTraits.Block)]
    [TestCase("p", HtmlTagTraits.Block | HtmlTagTraits.NotNesting)]
    [TestCase("td", HtmlTagTraits.Block | HtmlTagTraits.NotNesting)]
    [TestCase("meta", HtmlTagTraits.Hidden | HtmlTagTraits.NotNesting)]
    [TestCase("script", HtmlTagTraits.Hidden | HtmlTagTraits.Script)]
    [TestCase("style", HtmlTagTraits.Hidden | HtmlTagTraits.Style)]
    [TestCase("title", HtmlTagTraits.Hidden | HtmlTagTraits.RawText)]
    [TestCase("textarea", HtmlTagTraits.RawText)]
    [TestCase("svg", HtmlTagTraits.Svg)]
    [TestCase("br", HtmlTagTraits.NotNesting)]
    [TestCase("img", HtmlTagTraits.NotNesting)]
    [TestCase("span", HtmlTagTraits.None)]
    [TestCase("a", HtmlTagTraits.None)]
    [TestCase("my-widget", HtmlTagTraits.None)]
    public void Traits(string name, HtmlTagTraits expected) => Assert.That(HtmlTags.Of(name), Is.EqualTo(expected));
}
