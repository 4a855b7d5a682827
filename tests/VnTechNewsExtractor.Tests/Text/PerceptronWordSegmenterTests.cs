using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class PerceptronWordSegmenterTests
{
    private static readonly PerceptronWordSegmenter Segmenter = new();

    [TestCase("Công ty đầu tư vào Việt Nam.", "Công_ty đầu_tư vào Việt_Nam .")]
    [TestCase("doanh nghiệp huy động vốn", "doanh_nghiệp huy_động vốn")]
    [TestCase("Công ty Cổ phần Sữa Việt Nam (Vinamilk) báo lãi 2.500 tỷ đồng.", "Công_ty Cổ_phần Sữa Việt_Nam ( Vinamilk ) báo lãi 2.500 tỷ đồng .")]
    // Proper names stay whole.
    [TestCase("Hà Nội và Nguyễn Xuân Phúc", "Hà_Nội và Nguyễn_Xuân_Phúc")]
    [TestCase("Thủ tướng Nguyễn Xuân Phúc thăm Hà Nội", "Thủ_tướng Nguyễn_Xuân_Phúc thăm Hà_Nội")]
    [TestCase("Ông Nguyễn Văn Bình làm việc ở Đà Nẵng", "Ông Nguyễn_Văn_Bình làm_việc ở Đà_Nẵng")]
    // Old tone-mark placement segments like the new one; the output keeps the original spelling.
    [TestCase("hoà bình và thuỷ điện", "hoà_bình và thuỷ_điện")]
    [TestCase("hòa bình và thủy điện", "hòa_bình và thủy_điện")]
    // Numbers, Latin words, abbreviations and punctuation are words of their own.
    [TestCase("Amazon rót 2,75 tỷ USD vào Anthropic", "Amazon rót 2,75 tỷ USD vào Anthropic")]
    [TestCase("tại TP.HCM ngày 14-1", "tại TP.HCM ngày 14-1")]
    [TestCase("Lãi suất tăng 0,5% .", "Lãi_suất tăng 0,5 % .")]
    public void Segments_into_words(string text, string expected) =>
        Assert.That(SegmentedText.Format(text, Segmenter), Is.EqualTo(expected));

    [TestCase("Tập đoàn Vingroup công bố kế hoạch đầu tư 2 tỷ USD vào VinFast tại Hải Phòng.\n\nDự án dự kiến hoàn thành năm 2025.")]
    [TestCase("")]
    [TestCase("   ")]
    public void Words_cover_every_token_once_in_order(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = Segmenter.Segment(text, tokens);
        int next = 0;
        foreach (var w in words)
        {
            Assert.That(w.FirstToken, Is.EqualTo(next));
            Assert.That(w.TokenCount, Is.GreaterThanOrEqualTo(1));
            Assert.That(w.Start, Is.EqualTo(tokens[w.FirstToken].Start));
            Assert.That(w.End, Is.EqualTo(tokens[w.FirstToken + w.TokenCount - 1].End));
            next += w.TokenCount;
        }
        Assert.That(next, Is.EqualTo(tokens.Count));
    }

    [Test]
    public void A_word_never_spans_a_line_break()
    {
        const string text = "Việt\nNam";
        var words = Segmenter.Segment(text, Tokenizer.Tokenize(text));
        Assert.That(words, Has.Count.EqualTo(2));
    }

    [Test]
    public void Is_safe_to_share_between_threads()
    {
        var texts = Enumerable.Range(0, 64).Select(i => $"Công ty {i} đầu tư vào Việt Nam và Hà Nội năm {2000 + i}.").ToArray();
        var expected = texts.Select(t => SegmentedText.Format(t, Segmenter)).ToArray();
        var actual = new string[texts.Length];
        Parallel.For(0, texts.Length * 20, i => actual[i % texts.Length] = SegmentedText.Format(texts[i % texts.Length], Segmenter));
        Assert.That(actual, Is.EqualTo(expected));
    }
}
