using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class LexiconWordSegmenterTests
{
    [TestCase("Công ty đầu tư vào Việt Nam .", "Công_ty đầu_tư vào Việt_Nam .")]
    [TestCase("Hà Nội và Nguyễn Xuân Phúc", "Hà_Nội và Nguyễn_Xuân_Phúc")]
    [TestCase("doanh nghiệp huy động vốn", "doanh_nghiệp huy_động vốn")]
    [TestCase("2.500 tỷ đồng", "2.500 tỷ đồng")]
    public void Segments_into_words(string text, string expected) =>
        Assert.That(SegmentedText.Format(text, new LexiconWordSegmenter()), Is.EqualTo(expected));
}
