using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [TestCase("Amazon rót 2,75 tỷ USD. Anthropic là nhà phát triển Claude.", new[] { "Amazon rót 2,75 tỷ USD.", "Anthropic là nhà phát triển Claude." })]
    // Abbreviations with a dot do not end a sentence.
    [TestCase("Công ty có trụ sở tại TP. HCM và Hà Nội. Doanh thu tăng.", new[] { "Công ty có trụ sở tại TP. HCM và Hà Nội.", "Doanh thu tăng." })]
    [TestCase("Văn phòng ở TP.HCM. Nhà máy ở Bình Dương.", new[] { "Văn phòng ở TP.HCM.", "Nhà máy ở Bình Dương." })]
    [TestCase("Nhà máy ở Tp. Thủ Đức mở rộng.", new[] { "Nhà máy ở Tp. Thủ Đức mở rộng." })]
    [TestCase("Ông gặp ThS. Nguyễn Văn A tại văn phòng.", new[] { "Ông gặp ThS. Nguyễn Văn A tại văn phòng." })]
    [TestCase("Theo PGS.TS. Trần Đình B, thị trường hồi phục. Giá tăng.", new[] { "Theo PGS.TS. Trần Đình B, thị trường hồi phục.", "Giá tăng." })]
    [TestCase("Theo PGS.TS Trần Đình B, giá tăng.", new[] { "Theo PGS.TS Trần Đình B, giá tăng." })]
    [TestCase("Mr. Smith điều hành Samsung Co. Ltd từ 2019.", new[] { "Mr. Smith điều hành Samsung Co. Ltd từ 2019." })]
    [TestCase("Apple Inc. công bố kết quả. Cổ phiếu tăng!", new[] { "Apple Inc. công bố kết quả.", "Cổ phiếu tăng!" })]
    [TestCase("Anh T. cho biết giá tăng. Chị H. đồng ý.", new[] { "Anh T. cho biết giá tăng.", "Chị H. đồng ý." })]
    // Decimals, thousands and dates keep their dots and commas.
    [TestCase("Giá trị đạt 1.000.000 USD. Năm 2019 tăng.", new[] { "Giá trị đạt 1.000.000 USD.", "Năm 2019 tăng." })]
    [TestCase("Vốn hóa 2,75 tỷ USD, tăng 1.5%. Lãi 3.200 tỷ.", new[] { "Vốn hóa 2,75 tỷ USD, tăng 1.5%.", "Lãi 3.200 tỷ." })]
    [TestCase("Hợp đồng ký ngày 14-1. Tháng 12/2015 hoàn tất.", new[] { "Hợp đồng ký ngày 14-1.", "Tháng 12/2015 hoàn tất." })]
    [TestCase("Năm 2015. 10 công ty tham gia.", new[] { "Năm 2015.", "10 công ty tham gia." })]
    // Ellipses.
    [TestCase("Họ chờ đợi... rồi quyết định đầu tư.", new[] { "Họ chờ đợi... rồi quyết định đầu tư." })]
    [TestCase("Họ chờ đợi… Cuối cùng họ đầu tư.", new[] { "Họ chờ đợi…", "Cuối cùng họ đầu tư." })]
    // Quotes and brackets.
    [TestCase("\"Tôi chắc chắn có FOMO.\" Havemeyer nói.", new[] { "\"Tôi chắc chắn có FOMO.\"", "Havemeyer nói." })]
    [TestCase("“Chúng tôi sẽ mở rộng.” Ông Nam nói vậy.", new[] { "“Chúng tôi sẽ mở rộng.”", "Ông Nam nói vậy." })]
    [TestCase("“Tại sao?” ông hỏi.", new[] { "“Tại sao?” ông hỏi." })]
    [TestCase("Doanh thu tăng mạnh. (Ảnh: Reuters)", new[] { "Doanh thu tăng mạnh.", "(Ảnh: Reuters)" })]
    // Headings and lines without final punctuation.
    [TestCase("Tiêu đề không dấu chấm\n\nĐoạn văn đầu tiên.", new[] { "Tiêu đề không dấu chấm", "Đoạn văn đầu tiên." })]
    [TestCase("Vingroup rót vốn vào VinFast\nTập đoàn công bố hôm qua", new[] { "Vingroup rót vốn vào VinFast", "Tập đoàn công bố hôm qua" })]
    public void Splits_news_text_into_sentences(string text, string[] expected) =>
        Assert.That(Split(text), Is.EqualTo(expected));

    [Test]
    public void Counts_paragraphs_by_blank_lines()
    {
        var sentences = SentenceSplitter.Split("Tiêu đề\n\nMột. Hai.\n\nBa.");
        Assert.That(sentences.Select(s => s.Paragraph), Is.EqualTo(new[] { 0, 1, 1, 2 }));
    }
}
