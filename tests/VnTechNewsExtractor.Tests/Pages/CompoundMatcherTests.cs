using AngleSharp.Html.Parser;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>Our simple-selector matcher must agree with AngleSharp's on the selectors the site readers use.</summary>
public class CompoundMatcherTests
{
    private const string Html = """
        <div class="detail-content afcbc-body" data-role="content" id="main">
          <p class="Normal" style="text-align:right;">a</p><p class="NormalX">b</p>
          <a href="https://dantri.com.vn/tac-gia/x.htm" data-content-name="article-breadcrumb">c</a>
          <div type="RelatedOneNews" class="VCSortableInPreviewMode">d</div><span>e</span>
        </div>
        """;

    [TestCase("div.detail-content")]
    [TestCase("div.afcbc-body[data-role=content]")]
    [TestCase("p.Normal")]
    [TestCase("p.Normal[style*=right]")]
    [TestCase("a[href*='/tac-gia/']")]
    [TestCase("a[data-content-name=article-breadcrumb]")]
    [TestCase("[type=RelatedOneNews]")]
    [TestCase("#main")]
    [TestCase("span")]
    [TestCase("[data-content-name^=article]")]
    public void Agrees_with_AngleSharp(string selector)
    {
        using var doc = new HtmlParser().ParseDocument(Html);
        var ours = CompoundMatcher.TryCompile(selector);
        Assert.That(ours, Is.Not.Null);
        var expected = doc.QuerySelectorAll(selector).ToList();
        var actual = doc.All.Where(ours!).ToList();
        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCase("div > p")]
    [TestCase("p:first-child")]
    public void Leaves_other_syntax_to_AngleSharp(string selector) => Assert.That(CompoundMatcher.TryCompile(selector), Is.Null);
}
