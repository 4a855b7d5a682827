using VnTechNewsExtractor.Deals;

namespace VnTechNewsExtractor.Tests.Deals;

/// <summary>Which name forms are one company across articles, and which are not.</summary>
public class CompanyKeyTests
{
    [TestCase("Bình Minh", "Binh Minh Group")]
    [TestCase("Tập đoàn Bình Minh", "BÌNH MINH")]
    [TestCase("Công ty Cổ phần Én Bay", "Én Bay")]
    [TestCase("Công ty TNHH Dược phẩm Trường An", "Dược phẩm Trường An")]
    [TestCase("Mây Trắng AI", "Mây Trắng")]
    [TestCase("Thế Giới Di Động", "Thế giới Di động")]
    [TestCase("Thế Giới Di Động", "The Gioi Di Dong")]
    [TestCase("Công ty Cổ phần Thế Giới Di Động", "Thế Giới Di Động JSC")]
    [TestCase("Ngân hàng TMCP Phương Nam", "Phương Nam")]
    [TestCase("Masan Group", "Masan")]
    [TestCase("Vingroup JSC", "Tập đoàn Vingroup")]
    [TestCase("Quỹ Mekong Xanh", "Mekong Xanh")]
    [TestCase("Hoà Phát", "Hòa Phát")]
    [TestCase("Amazon Inc.", "Amazon")]
    [TestCase("FPT Corp", "FPT")]
    public void Same_company(string first, string second) =>
        Assert.That(CompanyKey.Of(first), Is.EqualTo(CompanyKey.Of(second)));

    [TestCase("FPT", "FPT Software")]
    [TestCase("Masan", "Masan Consumer")]
    [TestCase("Vingroup", "Vinhomes")]
    [TestCase("Bình Minh", "Bình An")]
    [TestCase("Mekong Xanh", "Mekong Capital")]
    [TestCase("Thế Giới Di Động", "Điện Máy Xanh")]
    public void Different_companies(string first, string second) =>
        Assert.That(CompanyKey.Of(first), Is.Not.EqualTo(CompanyKey.Of(second)));
}
