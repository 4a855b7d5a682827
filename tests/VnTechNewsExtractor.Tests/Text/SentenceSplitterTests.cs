using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [TestCase("Amazon rót 2,75 tỷ USD. Anthropic là nhà phát triển Claude.", new[] { "Amazon rót 2,75 tỷ USD.", "Anthropic là nhà phát triển Claude." })]
    [TestCase("Công ty có trụ sở tại TP. HCM và Hà Nội. Doanh thu tăng.", new[] { "Công ty có trụ sở tại TP. HCM và Hà Nội.", "Doanh thu tăng." })]
    [TestCase("Ông gặp ThS. Nguyễn Văn A tại văn phòng.", new[] { "Ông gặp ThS. Nguyễn Văn A tại văn phòng." })]
    [TestCase("Giá trị đạt 1.000.000 USD. Năm 2019 tăng.", new[] { "Giá trị đạt 1.000.000 USD.", "Năm 2019 tăng." })]
    [TestCase("\"Tôi chắc chắn có FOMO.\" Havemeyer nói.", new[] { "\"Tôi chắc chắn có FOMO.\"", "Havemeyer nói." })]
    [TestCase("Tiêu đề không dấu chấm\n\nĐoạn văn đầu tiên.", new[] { "Tiêu đề không dấu chấm", "Đoạn văn đầu tiên." })]
    [TestCase("Họ chờ đợi... rồi quyết định đầu tư.", new[] { "Họ chờ đợi... rồi quyết định đầu tư." })]
    [TestCase("Apple Inc. công bố kết quả. Cổ phiếu tăng!", new[] { "Apple Inc. công bố kết quả.", "Cổ phiếu tăng!" })]
    public void Splits_news_text_into_sentences(string text, string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));
}
