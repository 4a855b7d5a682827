using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class TextNormalizerTests
{
    [TestCase("Hoà Phát", "hòa phát")]
    [TestCase("thuỷ điện", "thủy điện")]
    [TestCase("khoẻ mạnh", "khỏe mạnh")]
    [TestCase("quý IV", "quý iv")]
    [TestCase("hoàn tất", "hoàn tất")]
    [TestCase("“FOMO”", "\"fomo\"")]
    [TestCase("Amazon – Anthropic", "amazon - anthropic")]
    [TestCase("2,75\u00A0tỷ", "2,75 tỷ")]
    [TestCase("ĐẦU TƯ", "đầu tư")]
    public void ForMatching_unifies_case_typography_and_tone_marks(string input, string expected) =>
        Assert.That(TextNormalizer.ForMatching(input), Is.EqualTo(expected));

    [TestCase("Hoà Phát đầu tư 2,75 tỷ USD vào “AI”.")]
    [TestCase("THUỶ\u00A0ĐIỆN\u200BSƠN LA")]
    [TestCase("")]
    public void ForMatching_keeps_the_length_so_offsets_stay_valid(string input) =>
        Assert.That(TextNormalizer.ForMatching(input), Has.Length.EqualTo(input.Length));

    [TestCase("  Ví\u00A0dụ   có\u200B khoảng trắng  ", "Ví dụ có khoảng trắng")]
    [TestCase("Hoa\u0300 Pha\u0301t", "Hoà Phát")]
    public void Clean_normalises_unicode_and_spaces(string input, string expected) =>
        Assert.That(TextNormalizer.Clean(input), Is.EqualTo(expected));
}
