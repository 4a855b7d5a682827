using System.Text.Json;
using DuckDB.NET.Data;
using Parquet.Serialization;
using VnTechNewsExtractor.Cli.Output;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary><c>vntech deals</c> and <c>vntech analyze --deals</c> on the spec corpus: every format, read back.</summary>
public class DealsCliTests
{
    private DirectoryInfo _dir = null!;
    private string _records = null!;

    private static string Fixtures => Path.Combine(TestContext.CurrentContext.TestDirectory, "Deals", "Fixtures");

    [OneTimeSetUp]
    public async Task AnalyseTheSpecCorpus()
    {
        _dir = Directory.CreateTempSubdirectory("vntech-deals-cli-");
        _records = Path.Combine(_dir.FullName, "records.jsonl");
        var (code, _, err) = await CliRunner.Run("", "analyze", Fixtures, "--output", _records);
        Assert.That(code, Is.Zero, err);
    }

    [OneTimeTearDown]
    public void Remove() => _dir.Delete(recursive: true);

    private string FileIn(string name) => Path.Combine(_dir.FullName, name);

    [Test]
    public async Task Deals_writes_one_JSON_line_per_deal_and_reports_its_counts()
    {
        var (code, stdout, stderr) = await CliRunner.Run("", "deals", _records);
        var deals = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(deals, Has.Count.EqualTo(6));
            Assert.That(stderr, Does.Contain("13 records, 13 deal reports, 6 deals"));
            var acquisition = deals.Single(d => d.GetProperty("kind").GetString() == "acquisition");
            Assert.That(acquisition.GetProperty("investor").GetProperty("name").GetString(), Is.EqualTo("Bình Minh"));
            Assert.That(acquisition.GetProperty("sources").GetArrayLength(), Is.EqualTo(3));
            Assert.That(acquisition.GetProperty("amountUsd").GetDecimal(), Is.EqualTo(90_500_000m));
            Assert.That(acquisition.GetProperty("amount").GetProperty("usdFrom").GetString(), Is.EqualTo("article"));
        });
    }

    [Test]
    public async Task Parquet_reads_back_with_Parquet_Net_and_with_DuckDB_SQL()
    {
        var file = FileIn("deals.parquet");
        var (code, _, err) = await CliRunner.Run("", "deals", _records, "--output", file);
        Assert.That(code, Is.Zero, err);
        Assert.That(Directory.GetFiles(_dir.FullName, "*.tmp"), Is.Empty, "written through a temporary file that is moved into place");

        var rows = (await ParquetSerializer.DeserializeAsync<DealRow>(file)).Data;
        Assert.That(rows, Has.Count.EqualTo(6));
        Assert.That(rows.Single(r => r.Round == "Series B").Sources, Has.Count.EqualTo(2));
        Assert.That(rows.Single(r => r.Kind == "acquisition").InvestorAliases, Is.SupersetOf(new[] { "BMG", "Binh Minh Group" }));

        using var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var query = duck.CreateCommand();
        query.CommandText = $"""
            SELECT count(*), sum(amountUsd), sum(len(sources)), count(DISTINCT investor),
                   max(CASE WHEN kind = 'acquisition' THEN investee END)
            FROM read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')
            """;
        using var reader = query.ExecuteReader();
        Assert.That(reader.Read(), Is.True);
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetInt64(0), Is.EqualTo(6));
            Assert.That(reader.GetDouble(1), Is.EqualTo(8e6 + 3e6 + 20e6 + 50e6 + 12e6 + 90.5e6));
            Assert.That(reader.GetInt64(2), Is.EqualTo(13));
            Assert.That(reader.GetInt64(3), Is.EqualTo(4));
            Assert.That(reader.GetString(4), Is.EqualTo("Dược phẩm Trường An"));
        });
    }

    [Test]
    public async Task Csv_has_a_header_and_a_row_per_deal_and_the_report_is_written_beside()
    {
        var csv = FileIn("deals.csv");
        var report = FileIn("deals.html");
        var (code, _, err) = await CliRunner.Run("", "deals", _records, "--output", csv, "--report", report);
        Assert.That(code, Is.Zero, err);
        using var reader = new CsvHelper.CsvReader(new StreamReader(csv), System.Globalization.CultureInfo.InvariantCulture);
        var records = reader.GetRecords<dynamic>().Cast<IDictionary<string, object>>().ToList();
        Assert.That(records, Has.Count.EqualTo(6));
        Assert.That(records[0].Keys, Is.EqualTo(DealRow.Columns));
        Assert.That(records.Select(r => (string)r["sources"]), Has.Some.Contains(" | https://"));
        Assert.That(File.ReadAllText(report), Does.Contain("data-deals=\"6\""));
    }

    [Test]
    public async Task Analyze_with_deals_writes_the_records_and_the_same_deals_in_one_pass()
    {
        var records = FileIn("one-pass.jsonl");
        var deals = FileIn("one-pass-deals.jsonl");
        var (code, _, err) = await CliRunner.Run("", "analyze", Fixtures, "--output", records, "--deals", deals);
        Assert.That(code, Is.Zero, err);
        var (_, fromDeals, _) = await CliRunner.Run("", "deals", records);
        Assert.That(File.ReadAllLines(records), Has.Length.EqualTo(13));
        Assert.That(File.ReadAllText(deals), Is.EqualTo(fromDeals));
    }

    [Test]
    public async Task A_line_that_is_no_record_is_named_with_its_file_and_line_and_the_rest_is_merged()
    {
        var broken = FileIn("broken.jsonl");
        File.WriteAllLines(broken, File.ReadAllLines(_records).Take(2).Append("{\"not\": \"a record\"").Concat(File.ReadAllLines(_records).Skip(2)));
        var (code, stdout, stderr) = await CliRunner.Run("", "deals", broken);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(1));
            Assert.That(stderr, Does.Contain($"{broken}:3: not an article record"));
            Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(6));
        });
    }

    [TestCase("missing.jsonl", "does not exist")]
    [TestCase("", "is a folder")]
    public async Task A_records_file_that_cannot_be_read_is_a_usage_error(string name, string message)
    {
        var (code, _, stderr) = await CliRunner.Run("", "deals", name.Length == 0 ? _dir.FullName : FileIn(name));
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(message));
    }

    [Test]
    public async Task Parquet_to_a_terminal_is_refused()
    {
        var (code, _, stderr) = await CliRunner.Run("", "deals", _records, "--format", "parquet");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("--output"));
    }
}
