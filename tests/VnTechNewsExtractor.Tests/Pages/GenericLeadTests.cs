using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>A generic page's lead: the first paragraph, when the page's own description repeats it.</summary>
public class GenericLeadTests
{
    private const string First = "Quỹ Đồng Xanh vừa rót 12 triệu USD vào nền tảng giao hàng Chim Én, nâng tổng vốn huy động của công ty lên 30 triệu USD.";

    [TestCase(First, true, TestName = "the same text")]
    [TestCase(First + " ", true, TestName = "trailing space")]
    [TestCase("Quỹ Đồng Xanh vừa rót 12 triệu USD vào nền tảng giao hàng Chim Én, nâng tổng vốn...", true, TestName = "cut short with three dots")]
    [TestCase("Quỹ Đồng Xanh vừa rót 12 triệu USD vào nền tảng giao hàng Chim Én…", true, TestName = "cut short with an ellipsis")]
    [TestCase("Quỹ Đồng Xanh vừa rót 12 triệu USD vào nền tảng giao hàng Chim Én", false, TestName = "a prefix without an ellipsis is another text")]
    [TestCase("Tin tức kinh doanh, công nghệ và khởi nghiệp mới nhất mỗi ngày", false, TestName = "a site-wide description")]
    [TestCase("Quỹ Đồng Xanh...", false, TestName = "too short to tell")]
    [TestCase(null, false, TestName = "no description")]
    public void First_paragraph_is_the_lead_when_the_description_repeats_it(string? description, bool expected) =>
        Assert.That(HtmlArticleReader.IsDescription(First, description), Is.EqualTo(expected));
}
