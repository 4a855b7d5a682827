using VnTechNewsExtractor.Quantities;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Quantities;

/// <summary>Dates as typed ISO values, absolute or relative to the publication date.</summary>
public class DateRecognizerTests
{
    private static readonly DateTimeOffset Published = new(2024, 3, 28, 10, 5, 0, TimeSpan.FromHours(7));

    [TestCase("Công ty được thành lập năm 2019.", "2019")]
    [TestCase("Thương vụ hoàn tất tháng 3/2024.", "2024-03")]
    [TestCase("Thương vụ hoàn tất tháng 11 năm 2023.", "2023-11")]
    [TestCase("Hợp đồng ký ngày 28/3/2024.", "2024-03-28")]
    [TestCase("Hợp đồng ký ngày 5-1-2023.", "2023-01-05")]
    [TestCase("Quỹ rót vốn đầu tháng này.", "2024-03")]
    [TestCase("Quỹ rót vốn tháng trước.", "2024-02")]
    [TestCase("Startup gọi vốn năm ngoái.", "2023")]
    [TestCase("Startup gọi vốn cuối năm ngoái.", "2023")]
    [TestCase("Thương vụ dự kiến hoàn tất năm nay.", "2024")]
    [TestCase("Thương vụ dự kiến hoàn tất năm tới.", "2025")]
    [TestCase("Hai bên ký kết tháng 1 năm nay.", "2024-01")]
    [TestCase("Hai bên ký kết tháng 12 năm ngoái.", "2023-12")]
    [TestCase("Công ty công bố hôm qua.", "2024-03-27")]
    public void Finds_the_date(string input, string expected)
    {
        var match = TextNormalizer.ForMatching(input);
        var found = DateRecognizer.Recognize(match, 0, match.Length, Published).Select(d => d.Value).ToList();
        Assert.That(found, Is.EqualTo(new[] { expected }));
    }

    [TestCase("Công ty bán 2019 sản phẩm.")]
    [TestCase("Hợp đồng ký ngày 31/2/2024.")]
    [TestCase("Thương vụ hoàn tất tháng 13/2024.")]
    [TestCase("Giá 34.000 đồng/cổ phiếu.")]
    public void Finds_no_date(string input)
    {
        var match = TextNormalizer.ForMatching(input);
        Assert.That(DateRecognizer.Recognize(match, 0, match.Length, Published), Is.Empty);
    }

    [Test]
    public void Leaves_relative_dates_out_without_a_publication_date()
    {
        var match = TextNormalizer.ForMatching("Startup gọi vốn năm ngoái, năm 2019 thì chưa.");
        Assert.That(DateRecognizer.Recognize(match, 0, match.Length, null).Select(d => d.Value), Is.EqualTo(new[] { "2019" }));
    }

    [Test]
    public void Searches_only_between_start_and_end()
    {
        var match = TextNormalizer.ForMatching("Năm 2019 thành lập. Năm 2021 gọi vốn.");
        int start = match.IndexOf("Năm 2021".ToLowerInvariant(), StringComparison.Ordinal);
        Assert.That(DateRecognizer.Recognize(match, start, match.Length, null).Select(d => d.Value), Is.EqualTo(new[] { "2021" }));
    }
}
