namespace VnTechNewsExtractor.Tests.Docs;

/// <summary>
/// The example records in README.md and the package's readme are what the analysis really writes for their sample;
/// when the analysis changes, this fails until the examples are regenerated:
/// <c>VNTECH_UPDATE_DOCS=1 dotnet test tests/VnTechNewsExtractor.Tests --filter FullyQualifiedName~ExampleRecord</c>.
/// </summary>
public class ExampleRecordTests
{
    private static readonly string[] Files = ["README.md", "src/VnTechNewsExtractor/README.md"];

    [TestCaseSource(nameof(Files))]
    public async Task The_example_records_are_the_real_output(string file)
    {
        var path = Path.Combine(TestPaths.RepoRoot, file);
        var lines = File.ReadAllLines(path);
        var examples = ExampleRecord.Find(lines).ToList();
        Assert.That(examples, Is.Not.Empty, $"{file} has no generated example record");
        bool update = Environment.GetEnvironmentVariable("VNTECH_UPDATE_DOCS") == "1";
        foreach (var (sample, fence, block) in examples.OrderByDescending(e => e.FenceLine))
        {
            var real = await ExampleRecord.GenerateAsync(sample);
            if (update) lines = ExampleRecord.Replace(lines, fence, real);
            else Assert.That(block, Is.EqualTo(real), $"{file}:{fence + 1}: the example of {sample} is not what the analysis writes; regenerate it (see {nameof(ExampleRecordTests)})");
        }
        if (update) File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    [Test]
    public async Task A_drifted_example_is_told_from_the_real_one()
    {
        var real = await ExampleRecord.GenerateAsync("samples/articles/ai-pledge-data-center.txt");
        string[] page = ["<!-- example-record: samples/articles/ai-pledge-data-center.txt -->", "```json", .. real.Replace("\"stakePercent\":15", "\"stakePercent\":20", StringComparison.Ordinal).Split('\n'), "```"];
        var (_, _, block) = ExampleRecord.Find(page).Single();
        Assert.Multiple(() =>
        {
            Assert.That(real, Does.Contain("\"investor\":\"Sông Hồng\"").And.Contain("\"stakePercent\":15"), "the sample's pledge");
            Assert.That(block, Is.Not.EqualTo(real));
            Assert.That(ExampleRecord.Find(ExampleRecord.Replace(page, 1, real).ToArray()).Single().Block, Is.EqualTo(real), "regenerating fixes it");
        });
    }
}
