using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>
/// The generic reader on two page shapes that fool Readability's scoring (fictional pages): an article beside a column
/// of short quotations (read whole: precision), and an article among many short teaser cards (the cards win or join
/// it). The same pages read with the short-block and prose rules switched off show that the rules are what fixes them.
/// </summary>
public class GenericReaderShapesTests
{
    private static readonly string[] Survey =
    [
        "Quỹ Đồng Nội vừa công bố bản khảo sát thường niên",
        "Theo khảo sát, 61% nhà sáng lập",
        "Bà Hoàng Thu Trang, giám đốc đầu tư",
        "Khảo sát cũng cho thấy thời gian trung bình",
    ];

    private static readonly string[] Contract =
    [
        "Công ty cổ phần Cơ khí Hòa Bình vừa ký hợp đồng",
        "Theo ông Đặng Quốc Hưng",
        "Để đáp ứng tiến độ",
        "Doanh nghiệp cũng đang đàm phán",
        "Năm ngoái, Hòa Bình đạt doanh thu",
        "Cổ phiếu của công ty tăng 6%",
    ];

    /// <summary>Readability's plain scoring: every block scores in full, every well-scored sibling joins, no card is removed.</summary>
    private static readonly GenericReaderSettings Plain = GenericReaderSettings.Default with { ShortBlockChars = 0, SiblingProseShare = 0, CardMaxChars = 0 };

    public static IEnumerable<TestCaseData> Shapes =>
    [
        new TestCaseData("generic-quotations.html", Survey).SetName("an article beside a column of quotations"),
        new TestCaseData("generic-teasers.html", Contract).SetName("an article between grids of teaser cards, two cards inside it"),
        new TestCaseData("generic-teaser-grid.html", Contract[..4]).SetName("an article above a grid of forty teaser cards"),
    ];

    [TestCaseSource(nameof(Shapes))]
    public void Reads_the_article_and_nothing_else(string file, string[] paragraphStarts)
    {
        var paragraphs = Read(file, GenericReaderSettings.Default);
        Assert.That(paragraphs, Has.Count.EqualTo(paragraphStarts.Length), string.Join("\n", paragraphs));
        for (int i = 0; i < paragraphStarts.Length; i++) Assert.That(paragraphs[i], Does.StartWith(paragraphStarts[i]));
    }

    [TestCaseSource(nameof(Shapes))]
    public void Plain_scoring_gets_the_page_wrong(string file, string[] paragraphStarts)
    {
        var paragraphs = Read(file, Plain);
        bool exact = paragraphs.Count == paragraphStarts.Length && paragraphStarts.Select((p, i) => paragraphs[i].StartsWith(p, StringComparison.Ordinal)).All(x => x);
        Assert.That(exact, Is.False, "the fixture does not need the rules it tests");
    }

    [Test]
    public void Settings_are_named_and_reach_the_reader()
    {
        var html = File.ReadAllText(Fixture("generic-quotations.html"));
        var tight = new HtmlArticleReader(new HtmlReaderOptions { Generic = GenericReaderSettings.Default with { MinBlockChars = 10_000 } }).Read(html);
        Assert.That(tight.Paragraphs, Is.Empty, "no block is long enough to score");
    }

    private static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Pages", "Fixtures", name);

    private static List<string> Read(string file, GenericReaderSettings settings) =>
        new HtmlArticleReader(new HtmlReaderOptions { Generic = settings }).Read(File.ReadAllText(Fixture(file))).Paragraphs.ToList();
}
