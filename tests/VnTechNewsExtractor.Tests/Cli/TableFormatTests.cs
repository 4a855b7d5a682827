namespace VnTechNewsExtractor.Tests.Cli;

/// <summary><c>vntech analyze --format table</c>: per article its title, companies and deals, for a person at a terminal.</summary>
public class TableFormatTests
{
    [Test]
    public async Task Each_article_shows_its_title_companies_and_deals()
    {
        var sample = Path.Combine(TestPaths.Samples, "ai-pledge-data-center.txt");
        var expected = new ArticleAnalyzer().AnalyzeText(File.ReadAllText(sample), sample);
        var (code, stdout, stderr) = await CliRunner.Run("", "analyze", sample, "--format", "table");
        Assert.That(code, Is.EqualTo(0), stderr);
        var lines = stdout.Split('\n');
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.Contain(expected.Title));
            Assert.That(stdout, Does.Contain("Companies (" + expected.Companies.Count + "): " + string.Join(", ", expected.Companies.Select(c => c.Name))));
            Assert.That(lines.Where(l => l.Contains("Investor") && l.Contains("Investee") && l.Contains("Amount")), Has.Exactly(1).Items, "one header row");
            // A row per deal, starting with its investor (a fund's kind is named beside it, and may wrap under it).
            foreach (var deal in expected.Investments)
            {
                var row = lines.FirstOrDefault(l => l.StartsWith("│ " + deal.Investor, StringComparison.Ordinal) && l.Contains(deal.Investee));
                Assert.That(row, Is.Not.Null, $"{deal.Investor} -> {deal.Investee}");
                if (deal.Amount is { } amount) Assert.That(row, Does.Contain(amount.Text).And.Contain("500,000,000 USD"));
                if (deal.StakePercent is { } stake) Assert.That(row, Does.Contain($"{stake}%"));
            }
            Assert.That(stdout, Does.Contain("(fund)"), "Blue Harbor Capital is a fund");
            Assert.That(stdout, Does.Not.Contain("\u001b["), "no colour codes when not writing to a terminal");
        });
    }

    [Test]
    public async Task Articles_without_deals_and_broken_inputs_are_shown_too()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-table-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "a.txt"), "Thời tiết hôm nay\n\nTrời nắng ở Hà Nội.");
            File.WriteAllBytes(Path.Combine(dir.FullName, "b.html"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
            var (code, stdout, _) = await CliRunner.Run("", "analyze", dir.FullName, "--format", "table");
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1), "one input failed");
                Assert.That(stdout, Does.Contain("Thời tiết hôm nay").And.Contain("Deals: none"));
                Assert.That(stdout, Does.Contain("b.html").And.Contain("error format"));
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task A_table_can_be_written_to_a_file()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-table-");
        try
        {
            var output = Path.Combine(dir.FullName, "deals.txt");
            var (code, stdout, _) = await CliRunner.Run("", "analyze", TestPaths.Samples, "--format", "table", "--output", output);
            Assert.That(code, Is.EqualTo(0));
            Assert.That(stdout, Is.Empty);
            // The table's cells, whichever of the pair's rounds the model reports: a party with its kind, a round column filled.
            Assert.That(File.ReadAllText(output), Does.Contain("│ Lotus Ventures").And.Contain("(fund)").And.Match(@"│ Series [AB] +│"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
