using VnTechNewsExtractor.Quantities;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Quantities;

/// <summary>Percentages (stakes) as typed values: input → the written span and the number of percent.</summary>
public class PercentRecognizerTests
{
    [TestCase("Amazon nắm 10% cổ phần.", "10%", 10.0)]
    [TestCase("Quỹ sở hữu 10,5% vốn.", "10,5%", 10.5)]
    [TestCase("Tăng 12.5% so với cùng kỳ.", "12.5%", 12.5)]
    [TestCase("Họ mua 25 phần trăm cổ phần.", "25 phần trăm", 25.0)]
    [TestCase("Nhà sáng lập giữ mười phần trăm.", "mười phần trăm", 10.0)]
    [TestCase("Lãi suất giảm 0,15 %.", "0,15 %", 0.15)]
    [TestCase("Tỷ lệ sở hữu là 49%.", "49%", 49.0)]
    [TestCase("Hai mươi lăm phần trăm cổ phần đã được bán.", "Hai mươi lăm phần trăm", 25.0)]
    public void Finds_the_percentage(string input, string text, double value)
    {
        var found = PercentRecognizer.Recognize(TextNormalizer.ForMatching(input));
        Assert.That(found, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(input[found[0].Span.Start..found[0].Span.End], Is.EqualTo(text));
            Assert.That(found[0].Value, Is.EqualTo(value).Within(1e-9));
        });
    }

    [TestCase("Công ty thu 5 triệu USD.")]
    [TestCase("Phiên bản 2.5 ra mắt năm 2024.")]
    [TestCase("Tỷ lệ tăng trưởng cao.")]
    public void Finds_nothing_without_a_percent_sign(string input) =>
        Assert.That(PercentRecognizer.Recognize(TextNormalizer.ForMatching(input)), Is.Empty);

    [Test]
    public void Finds_several_in_order()
    {
        var found = PercentRecognizer.Recognize(TextNormalizer.ForMatching("Quỹ A nắm 30%, quỹ B nắm 20,5% và quỹ C 5 phần trăm."));
        Assert.That(found.Select(p => p.Value), Is.EqualTo(new[] { 30.0, 20.5, 5.0 }));
    }
}
