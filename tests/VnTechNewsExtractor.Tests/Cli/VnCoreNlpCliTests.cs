using System.Text.Json;
using VnTechNewsExtractor.Tests.VnCoreNLP;
using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary><c>vntech analyze --backend vncorenlp</c>: setup problems are usage errors before any output exists.</summary>
[NonParallelizable]
public class VnCoreNlpCliTests
{
    [Test]
    public async Task A_missing_VnCoreNLP_folder_is_a_usage_error_and_no_output_file_is_created()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-vncorenlp-").FullName;
        try
        {
            var outFile = Path.Combine(dir, "out.jsonl");
            var (code, stdout, stderr) = await CliRunner.Run("", "analyze", TestPaths.Samples, "--backend", "vncorenlp",
                "--vncorenlp-home", Path.Combine(dir, "no-vncorenlp"), "--output", outFile);
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(2));
                Assert.That(stdout, Is.Empty);
                Assert.That(stderr.Trim().Split('\n'), Has.Length.EqualTo(1), stderr);
                Assert.That(stderr, Does.Contain("no-vncorenlp").And.Contain("does not exist"));
                Assert.That(Directory.GetFileSystemEntries(dir), Is.Empty, "nothing written, not even a temporary file");
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task The_backend_runs_from_the_command_line_over_the_fake()
    {
        FakeVnCoreNlp.Backend(VnCoreNlpEngine.Jar); // ignored with its reason where the bridge's prerequisites are absent
        var dir = Directory.CreateTempSubdirectory("vntech-cli-vncorenlp-").FullName;
        try
        {
            var article = Path.Combine(dir, "a.txt");
            File.WriteAllText(article, "Bình Minh mở rộng thị trường\n\nBình Minh cho biết sẽ mở rộng thị trường ở Hà Nội năm nay.");
            var (code, stdout, stderr) = await CliRunner.Run("", "analyze", article, "--backend", "vncorenlp",
                "--vncorenlp-home", FakeVnCoreNlp.Home, "--vncorenlp-engine", "jar");
            Assert.That(code, Is.EqualTo(0), stderr);
            var companies = JsonDocument.Parse(stdout).RootElement.GetProperty("companies").EnumerateArray().Select(c => c.GetProperty("name").GetString());
            Assert.That(companies, Is.EqualTo(new[] { "Bình Minh" }));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task Help_names_the_backend_options()
    {
        var (_, stdout, _) = await CliRunner.Run("", "analyze", "--help");
        Assert.That(stdout, Does.Contain("vncorenlp").And.Contain("--vncorenlp-home").And.Contain("--python-dll").And.Contain("--vncorenlp-engine"));
    }
}
