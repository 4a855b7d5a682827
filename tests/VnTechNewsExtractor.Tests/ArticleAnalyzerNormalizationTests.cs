using System.Text;

namespace VnTechNewsExtractor.Tests;

/// <summary>
/// Text with decomposed accents (NFD) is analysed as its composed form (NFC), offsets indexing the record's text: from
/// a file (the reader normalises) and from content a caller built (the analyzer does).
/// </summary>
public class ArticleAnalyzerNormalizationTests
{
    [TestCase("Tập đoàn Sao Đỏ rót 2,5 tỷ USD vào startup Lam Sơn Motors\n\nThương vụ được công bố hôm qua.\n\nTập đoàn Sao Đỏ rót 2,5 tỷ USD vào startup Lam Sơn Motors, nâng tổng vốn đầu tư lên hơn 3 tỷ USD.")]
    [TestCase("Ngân hàng Phương Nam mua lại công ty tài chính An Thịnh\n\nGiá trị thương vụ khoảng 3.200 tỷ đồng.\n\nNgân hàng Phương Nam vừa mua lại toàn bộ Công ty Tài chính An Thịnh với giá khoảng 3.200 tỷ đồng.")]
    public void Decomposed_text_gives_what_composed_text_gives(string text)
    {
        var analyzer = new ArticleAnalyzer();
        var composed = analyzer.AnalyzeText(text.Normalize(NormalizationForm.FormC), "a.txt");
        Check(composed, analyzer.AnalyzeText(text.Normalize(NormalizationForm.FormD), "a.txt"));
        var parts = text.Normalize(NormalizationForm.FormD).Split("\n\n");
        Check(composed, analyzer.Analyze(new VnTechNewsExtractor.Pages.ArticleContent { IsArticle = true, Title = parts[0], Lead = parts[1], Paragraphs = [parts[2]] }, "a.txt"));
        Assert.That(text.Normalize(NormalizationForm.FormD), Is.Not.EqualTo(text.Normalize(NormalizationForm.FormC)), "the case really is decomposed");
        Assert.That(composed.Investments, Is.Not.Empty);
    }

    private static void Check(ArticleAnalysis composed, ArticleAnalysis decomposed)
    {
        Assert.Multiple(() =>
        {
            Assert.That(decomposed.Text, Is.EqualTo(composed.Text));
            Assert.That(decomposed.Title, Is.EqualTo(composed.Title));
            Assert.That(decomposed.Companies.Select(c => c.Name), Is.EqualTo(composed.Companies.Select(c => c.Name)));
            Assert.That(decomposed.Money.Select(m => (m.Text, m.Value, m.Start)), Is.EqualTo(composed.Money.Select(m => (m.Text, m.Value, m.Start))));
            Assert.That(decomposed.Investments.Select(i => (i.Investor, i.Investee, i.Amount?.Value)), Is.EqualTo(composed.Investments.Select(i => (i.Investor, i.Investee, i.Amount?.Value))));
            foreach (var m in decomposed.Money) Assert.That(decomposed.Text[m.Start..m.End], Is.EqualTo(m.Text), "offsets index the record's text");
        });
    }
}
