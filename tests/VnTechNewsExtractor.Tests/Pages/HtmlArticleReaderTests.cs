using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

public class HtmlArticleReaderTests
{
    private static ArticleContent ReadSample(string name) =>
        new HtmlArticleReader().Read(File.ReadAllText(Path.Combine(TestPaths.Samples, name)));

    [Test]
    public void Reads_a_current_VnExpress_page()
    {
        var a = ReadSample("fintech-vi-sen-series-a.html");
        Assert.Multiple(() =>
        {
            Assert.That(a.IsArticle, Is.True);
            Assert.That(a.Site, Is.EqualTo("vnexpress.net"));
            Assert.That(a.Title, Is.EqualTo("Ví điện tử Ví Sen gọi vốn 12 triệu USD"));
            Assert.That(a.Lead, Does.StartWith("Startup thanh toán Ví Sen"));
            Assert.That(a.PublishedAt, Is.EqualTo(new DateTimeOffset(2025, 5, 14, 8, 30, 0, TimeSpan.FromHours(7))));
            Assert.That(a.Authors, Is.EqualTo(new[] { "Minh Châu" }));
            Assert.That(a.Category, Is.EqualTo(new[] { "Kinh doanh", "Doanh nghiệp" }));
            Assert.That(a.Paragraphs, Has.Count.EqualTo(5));
            Assert.That(a.Paragraphs, Has.None.Contains("Ảnh: Ví Sen"), "captions are not body");
            Assert.That(a.Paragraphs, Has.None.Contains("Minh Châu"), "the byline is not body");
            Assert.That(a.Paragraphs, Has.None.Contains("phí thấp hơn"), "comments are not body");
            Assert.That(a.Paragraphs[2], Is.EqualTo("Cạnh tranh trên thị trường thanh toán"), "subheadings are kept");
        });
    }

    [Test]
    public void Reads_a_generic_page_with_JSON_LD()
    {
        var a = ReadSample("energy-pledge-generic-site.html");
        Assert.Multiple(() =>
        {
            Assert.That(a.IsArticle, Is.True);
            Assert.That(a.Site, Is.EqualTo("tinnangluong.example"));
            Assert.That(a.Authors, Is.EqualTo(new[] { "Ngọc Lan" }));
            Assert.That(a.Category, Is.EqualTo(new[] { "Năng lượng", "Đầu tư" }));
            Assert.That(a.Paragraphs, Has.Count.EqualTo(5));
            Assert.That(string.Join("\n", a.Paragraphs), Does.Not.Contain("Bình luận").And.Not.Contain("Tin liên quan"));
        });
    }

    [Test]
    public void A_page_without_an_article_is_not_an_article()
    {
        var a = new HtmlArticleReader().Read("<html><head><title>Kinh doanh</title></head><body><ul><li><a href='/a'>Tin một</a></li></ul></body></html>");
        Assert.That(a.IsArticle, Is.False);
    }
}
