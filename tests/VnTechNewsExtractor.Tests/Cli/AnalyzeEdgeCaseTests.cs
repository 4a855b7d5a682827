namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>
/// What a new user hits first with <c>vntech analyze</c> (issue 19): an empty folder, a mistyped path, an output folder
/// that does not exist yet, options that need another to do anything, and counts in the right number.
/// </summary>
public class AnalyzeEdgeCaseTests
{
    private DirectoryInfo _dir = null!;

    [SetUp]
    public void MakeFolder() => _dir = Directory.CreateTempSubdirectory("vntech-edge-");

    [TearDown]
    public void RemoveFolder() => _dir.Delete(recursive: true);

    private string P(params string[] parts) => Path.Combine([_dir.FullName, .. parts]);

    private string OneArticle()
    {
        var file = P("in", "one.txt");
        Directory.CreateDirectory(P("in"));
        File.Copy(Path.Combine(TestPaths.Samples, "startup-logistics-series-b.txt"), file);
        return file;
    }

    [Test]
    public async Task An_empty_folder_says_no_articles_found_and_is_a_usage_error()
    {
        Directory.CreateDirectory(P("empty", "sub"));
        File.WriteAllText(P("empty", "notes.md"), "not an article");
        var (code, stdout, stderr) = await CliRunner.Run("", "analyze", P("empty"), "--output", P("out.jsonl"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), "CONTRACT.md: 2 is a usage error");
            Assert.That(stderr, Does.Contain("no articles found in").And.Contain("empty"));
            Assert.That(stdout, Is.Empty);
            Assert.That(File.Exists(P("out.jsonl")), Is.False, "nothing is written");
        });
    }

    [Test]
    public async Task An_empty_folder_beside_articles_is_a_warning_and_the_rest_is_analysed()
    {
        var file = OneArticle();
        Directory.CreateDirectory(P("empty"));
        var (code, stdout, stderr) = await CliRunner.Run("", "analyze", file, P("empty"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0));
            Assert.That(stderr, Does.Contain("warning: no articles found in"));
            Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task Globs_that_leave_nothing_say_so()
    {
        OneArticle();
        var (code, _, stderr) = await CliRunner.Run("", "analyze", P("in"), "--include", "**/*.html");
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("no articles found").And.Contain("--include/--exclude"));
    }

    [Test]
    public async Task A_mistyped_path_is_a_usage_error_before_any_work_starts()
    {
        var file = OneArticle();
        var (code, stdout, stderr) = await CliRunner.Run("", "analyze", file, P("in", "oen.txt"), "--output", P("out.jsonl"));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("oen.txt").And.Contain("does not exist"));
            Assert.That(stderr, Does.Not.Contain("files/s"), "no analysis ran");
            Assert.That(stdout, Is.Empty);
            Assert.That(File.Exists(P("out.jsonl")), Is.False, "no record for it, no output at all");
        });
    }

    [Test]
    public async Task Output_into_a_missing_folder_creates_it()
    {
        var file = OneArticle();
        var output = P("results", "2025", "out.jsonl");
        var (code, _, _) = await CliRunner.Run("", "analyze", file, "--output", output);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(File.ReadAllLines(output), Has.Length.EqualTo(1));
    }

    [TestCase("--vncorenlp-home", "/opt/vncorenlp", "--backend vncorenlp")]
    [TestCase("--python-dll", "/usr/lib/libpython3.11.so", "--backend vncorenlp")]
    [TestCase("--vncorenlp-engine", "jar", "--backend vncorenlp")]
    [TestCase("--delay", "0", "a URL")]
    [TestCase("--user-agent", "me/1.0", "a URL")]
    [TestCase("--include", "*.html", "a folder")]
    public async Task An_option_that_needs_another_warns_when_alone(string option, string value, string needs)
    {
        var file = OneArticle();
        var (code, stdout, stderr) = await CliRunner.Run("", "analyze", file, option, value);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(0), "a warning, not an error");
            Assert.That(stderr, Does.Contain($"warning: {option} does nothing without {needs}"));
            Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public async Task Options_left_alone_or_used_give_no_warning()
    {
        var file = OneArticle();
        var (_, _, alone) = await CliRunner.Run("", "analyze", file);
        var (_, _, used) = await CliRunner.Run("", "analyze", P("in"), "--include", "*.txt");
        Assert.That(alone + used, Does.Not.Contain("warning"));
    }

    [Test]
    public async Task One_of_a_thing_is_singular()
    {
        var file = OneArticle();
        var (_, _, stderr) = await CliRunner.Run("", "analyze", file);
        // "162.1 files/s" is a rate, not a count of one.
        Assert.That(stderr, Does.Contain("1 file, 1 article, ").And.Not.Match(@"(?<![\d.,])1 files\b").And.Not.Contain(" 1 articles"));
        var (_, _, many) = await CliRunner.Run("", "analyze", TestPaths.Samples);
        Assert.That(many, Does.Match(@"\d+ files, \d+ articles, \d+ companies, \d+ deals"));
    }
}
