using VnTechNewsExtractor.Deals;

namespace VnTechNewsExtractor.Tests.Deals;

/// <summary>The yearly average rates that give VND amounts a US dollar figure.</summary>
public class ExchangeRateTableTests
{
    [Test]
    public void The_shipped_table_names_its_source_and_covers_every_year_it_starts_from()
    {
        var vnd = ExchangeRateTable.Default.Rates.Where(r => r.Currency == "VND").OrderBy(r => r.Year).ToList();
        Assert.That(vnd.Select(r => r.Year), Is.EqualTo(Enumerable.Range(vnd[0].Year, vnd.Count)), "no gaps");
        Assert.That(vnd, Has.All.Matches<ExchangeRate>(r => r.Source.Contains("PA.NUS.FCRF", StringComparison.Ordinal)));
        Assert.That(vnd, Has.All.Matches<ExchangeRate>(r => r.UnitsPerUsd is > 10_000 and < 30_000));
    }

    [Test]
    public void A_file_with_a_bad_line_is_refused_naming_the_file_and_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["# year\tcurrency\tunitsPerUsd\tsource", "2024\tVND\t24000\tx", "2025\tVND\tabc\tx"]);
            var ex = Assert.Throws<InvalidDataException>(() => ExchangeRateTable.Load(file).Rates.ToList());
            Assert.That(ex!.Message, Does.Contain(file).And.Contain("line 2"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void A_table_of_ones_own_replaces_the_shipped_one()
    {
        var table = new ExchangeRateTable([new ExchangeRate(2024, "VND", 25_000m, "test"), new ExchangeRate(2024, "EUR", 0.9m, "test")]);
        Assert.That(table.ToUsd(2_500_000_000m, "VND", 2024, out var year), Is.EqualTo(100_000m));
        Assert.That(year, Is.EqualTo(2024));
        Assert.That(table.ToUsd(90m, "EUR", 2026, out _), Is.EqualTo(100m));
        Assert.That(table.ToUsd(90m, "JPY", 2024, out _), Is.Null);
        Assert.That(table.ToUsd(90m, "USD", 1900, out _), Is.EqualTo(90m));
    }
}
