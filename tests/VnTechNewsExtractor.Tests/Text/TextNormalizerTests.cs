using CsCheck;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class TextNormalizerTests
{
    // Old and new tone-mark placement match each other; case, quotes, dashes and spaces are unified.
    [TestCase("Hoà Phát", "hòa phát")]
    [TestCase("Hòa Phát", "hòa phát")]
    [TestCase("thuỷ điện", "thủy điện")]
    [TestCase("khoẻ mạnh", "khỏe mạnh")]
    [TestCase("Tuỳ thuộc", "tùy thuộc")]
    [TestCase("ĐOÀN KẾT, HOÀ HỢP", "đoàn kết, hòa hợp")]
    [TestCase("thoả thuận", "thỏa thuận")]
    [TestCase("quý IV", "quý iv")]
    [TestCase("hoàn tất", "hoàn tất")]
    [TestCase("khoảng", "khoảng")]
    [TestCase("“FOMO”", "\"fomo\"")]
    [TestCase("‘AI’", "'ai'")]
    [TestCase("Amazon – Anthropic — OpenAI", "amazon - anthropic - openai")]
    [TestCase("2,75\u00A0tỷ", "2,75 tỷ")]
    [TestCase("a\u200Bb", "a b")]
    [TestCase("ĐẦU TƯ", "đầu tư")]
    public void ForMatching_unifies_case_typography_and_tone_marks(string input, string expected) =>
        Assert.That(TextNormalizer.ForMatching(input), Is.EqualTo(expected));

    [TestCase("Hoà Phát đầu tư 2,75 tỷ USD vào “AI”.")]
    [TestCase("THUỶ\u00A0ĐIỆN\u200BSƠN LA")]
    [TestCase("")]
    public void ForMatching_keeps_the_length_so_offsets_stay_valid(string input) =>
        Assert.That(TextNormalizer.ForMatching(input), Has.Length.EqualTo(input.Length));

    [Test]
    public void An_offset_found_in_the_matching_copy_points_at_the_original_spelling()
    {
        const string text = "Tập đoàn Hoà Phát và thuỷ điện";
        var match = TextNormalizer.ForMatching(text);
        int at = match.IndexOf("hòa phát", StringComparison.Ordinal);
        Assert.That(text.Substring(at, "hòa phát".Length), Is.EqualTo("Hoà Phát"));
        at = match.IndexOf("thủy", StringComparison.Ordinal);
        Assert.That(text.Substring(at, 4), Is.EqualTo("thuỷ"));
    }

    [TestCase("  Ví\u00A0dụ   có\u200B khoảng trắng  ", "Ví dụ có khoảng trắng")]
    [TestCase("Hoa\u0300 Pha\u0301t", "Hoà Phát")]
    [TestCase("Dòng một\nDòng\u2009hai", "Dòng một\nDòng hai")]
    [TestCase("\uFEFFTiêu đề", "Tiêu đề")]
    public void Clean_normalises_unicode_and_spaces(string input, string expected) =>
        Assert.That(TextNormalizer.Clean(input), Is.EqualTo(expected));

    // The fast path must never call a text NFC that is not: every string it accepts, ICU accepts too.
    [Test]
    public void Fast_NFC_check_never_accepts_what_ICU_rejects() =>
        Gen.String[Gen.OneOf(Gen.Char['\u0000', '\u02FF'], Gen.Char['\u0300', '\u036F'], Gen.Char['\u1E00', '\u1EFF'], Gen.Char['\u1F00', '\u21FF'], Gen.Char['\uAC00', '\uAC10'], Gen.Char['\u1100', '\u1175'])]
            .Sample(s =>
            {
                if (TextNormalizer.IsSurelyNfc(s)) Assert.That(s.IsNormalized(System.Text.NormalizationForm.FormC), Is.True, s);
            }, iter: 20_000);

    [TestCase("Tập đoàn Đông Á rót 12 triệu USD – “sớm”", true)]
    [TestCase("Tie\u0302\u0300u đề", false)]
    [TestCase("\u2126", false)]
    public void Fast_NFC_check(string text, bool expected) => Assert.That(TextNormalizer.IsSurelyNfc(text), Is.EqualTo(expected));
}
