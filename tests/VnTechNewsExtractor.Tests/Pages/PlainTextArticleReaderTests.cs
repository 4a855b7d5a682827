using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

public class PlainTextArticleReaderTests
{
    [Test]
    public void Reads_the_blank_line_layout()
    {
        var content = PlainTextArticleReader.Read("Tiêu đề bài\n\nĐoạn sapo ngắn.\n\nĐoạn một.\nĐoạn hai.\n");
        Assert.Multiple(() =>
        {
            Assert.That(content.Title, Is.EqualTo("Tiêu đề bài"));
            Assert.That(content.Lead, Is.EqualTo("Đoạn sapo ngắn."));
            Assert.That(content.Paragraphs, Is.EqualTo(new[] { "Đoạn một.", "Đoạn hai." }));
            Assert.That(content.IsArticle, Is.True);
        });
    }

    [Test]
    public void Reads_the_compact_layout_without_source_and_related_links()
    {
        var content = PlainTextArticleReader.Read(
            "Tiêu đề\nSapo của bài.\nThân bài một.\nCông ty mở rộng nhà máy. Ảnh: Reuters\nThân bài hai.\n(Theo CNBC)\n- Tin liên quan một\n- Tin liên quan hai\n");
        Assert.Multiple(() =>
        {
            Assert.That(content.Title, Is.EqualTo("Tiêu đề"));
            Assert.That(content.Lead, Is.EqualTo("Sapo của bài."));
            Assert.That(content.Paragraphs, Is.EqualTo(new[] { "Thân bài một.", "Thân bài hai." }));
        });
    }

    [TestCase("")]
    [TestCase("   \n\n  ")]
    public void Empty_input_is_not_an_article(string text) =>
        Assert.That(PlainTextArticleReader.Read(text).IsArticle, Is.False);
}
