using System.Text.Json;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>The verbs and exit codes of CONTRACT.md, run in-process.</summary>
public class CliTests
{
    private static Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args) => CliRunner.Run(stdin, args);

    [Test]
    public async Task Analyze_writes_one_record_per_sample_article()
    {
        var (code, stdout, _) = await Run("", "analyze", TestPaths.Samples);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(lines, Has.Length.EqualTo(Directory.GetFiles(TestPaths.Samples).Length));
        foreach (var line in lines)
        {
            var record = JsonDocument.Parse(line).RootElement;
            Assert.That(record.GetProperty("isArticle").GetBoolean(), Is.True, line[..80]);
            Assert.That(record.GetProperty("investments").GetArrayLength(), Is.GreaterThan(0), record.GetProperty("source").GetString());
        }
    }

    [Test]
    public async Task A_broken_input_is_reported_and_the_rest_still_written()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cli-");
        try
        {
            File.Copy(Path.Combine(TestPaths.Samples, "ai-pledge-data-center.txt"), Path.Combine(dir.FullName, "good.txt"));
            File.WriteAllBytes(Path.Combine(dir.FullName, "binary.html"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);
            var outFile = Path.Combine(dir.FullName, "out.jsonl");
            var (code, _, stderr) = await Run("", "analyze", dir.FullName, "--output", outFile);
            var records = File.ReadAllLines(outFile).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1));
                Assert.That(records, Has.Count.EqualTo(2));
                Assert.That(stderr, Does.Contain("binary.html"));
                var good = records.Single(r => r.GetProperty("source").GetString()!.EndsWith("good.txt", StringComparison.Ordinal));
                Assert.That(good.GetProperty("errors").GetArrayLength(), Is.Zero);
                Assert.That(good.GetProperty("investments").GetArrayLength(), Is.GreaterThan(0));
                var bad = records.Single(r => r.GetProperty("source").GetString()!.EndsWith("binary.html", StringComparison.Ordinal));
                Assert.That(bad.GetProperty("errors")[0].GetProperty("code").GetString(), Is.EqualTo("format"));
                Assert.That(Directory.GetFiles(dir.FullName, "*.tmp"), Is.Empty, "no temporary file is left behind");
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestCase("json")]
    [TestCase("csv")]
    public async Task Other_formats_are_written(string format)
    {
        var (code, stdout, _) = await Run("", "analyze", Path.Combine(TestPaths.Samples, "startup-logistics-series-b.txt"), "--format", format);
        Assert.That(code, Is.EqualTo(0));
        if (format == "json") Assert.That(JsonDocument.Parse(stdout).RootElement.GetArrayLength(), Is.EqualTo(1));
        else Assert.That(stdout.Split('\n')[0], Does.StartWith("source,url,site,isArticle"));
    }

    [Test]
    public async Task Money_writes_one_line_per_input_line()
    {
        var (code, stdout, _) = await Run("Amazon rót 2,75 tỷ USD.\nKhông có tiền.\n", "money");
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(code, Is.EqualTo(0));
        Assert.That(lines, Has.Length.EqualTo(2));
        var first = JsonDocument.Parse(lines[0]).RootElement;
        Assert.That(first.GetProperty("input").GetString(), Is.EqualTo("Amazon rót 2,75 tỷ USD."));
        Assert.That(first.GetProperty("amounts")[0].GetProperty("value").GetDecimal(), Is.EqualTo(2_750_000_000m));
        Assert.That(first.GetProperty("amounts")[0].GetProperty("start").GetInt32(), Is.EqualTo(11));
        Assert.That(JsonDocument.Parse(lines[1]).RootElement.GetProperty("amounts").GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task Segment_joins_syllables_of_a_word()
    {
        var (code, stdout, _) = await Run("", "segment", "Công ty đầu tư vào Việt Nam.");
        Assert.That(code, Is.EqualTo(0));
        Assert.That(stdout.Trim(), Is.EqualTo("Công_ty đầu_tư vào Việt_Nam ."));
    }

    [TestCase("analyze")]
    [TestCase("analyze", "x.txt", "--format", "xml")]
    [TestCase("frobnicate")]
    [TestCase("evaluate")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var (code, _, stderr) = await Run("", args);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Is.Not.Empty);
    }

    [Test]
    public async Task Evaluate_scores_the_shared_dev_corpus()
    {
        var gold = TestPaths.SharedData("corpus", "dev");
        var (code, stdout, _) = await Run("", "evaluate", "--gold", gold, "--json");
        Assert.That(code, Is.EqualTo(0));
        var report = JsonDocument.Parse(stdout).RootElement;
        Assert.That(report.GetProperty("articles").GetInt32(), Is.EqualTo(Directory.GetFiles(gold, "*.gold.json").Length));
        foreach (var field in new[] { "companies", "money", "investments" })
            Assert.That(report.GetProperty(field).GetProperty("f1").GetDouble(), Is.InRange(0.0, 1.0));
    }

    [Test]
    public async Task Resume_keeps_what_was_written_and_adds_only_the_rest()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-resume-");
        try
        {
            foreach (var f in Directory.GetFiles(TestPaths.Samples)) File.Copy(f, Path.Combine(dir.FullName, Path.GetFileName(f)));
            var outFile = Path.Combine(dir.FullName, "out.jsonl");
            var files = Directory.GetFiles(dir.FullName).Where(f => !f.EndsWith(".jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            // A first run that stopped after two files, its last record cut in half by the kill.
            var (_, first, _) = await Run("", "analyze", files[0], files[1]);
            var lines = first.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            File.WriteAllText(outFile, lines[0] + "\n" + lines[1][..(lines[1].Length / 2)]);
            var (code, _, stderr) = await Run("", "analyze", dir.FullName, "--output", outFile, "--resume", "--exclude", "*.jsonl");
            var sources = File.ReadAllLines(outFile).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToList();
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(0), stderr);
                Assert.That(sources, Is.Unique, "no duplicate record");
                Assert.That(sources, Is.EquivalentTo(files), "no lost record");
                Assert.That(stderr, Does.Contain("resuming: 1 record kept"));
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public async Task Globs_and_the_size_limit_choose_the_files()
    {
        var (code, stdout, stderr) = await Run("", "analyze", TestPaths.Samples, "--include", "*.html", "--exclude", "retail-*", "--max-file-size", "3KB");
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(records.Select(r => Path.GetFileName(r.GetProperty("source").GetString())), Is.EquivalentTo(new[] { "energy-pledge-generic-site.html", "fintech-vi-sen-series-a.html" }));
            Assert.That(records.Where(r => r.GetProperty("errors").GetArrayLength() > 0).Select(r => r.GetProperty("errors")[0].GetProperty("code").GetString()), Has.All.EqualTo("limit"));
            Assert.That(code, Is.EqualTo(1), "files over the limit are failures");
            Assert.That(stderr, Does.Contain("files,").And.Contain("deals"));
        });
    }

    [Test]
    public async Task Shards_split_the_inputs_without_overlap_or_loss()
    {
        var list = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(list, ["# the sample articles", .. Directory.GetFiles(TestPaths.Samples)]);
            var seen = new List<string>();
            for (int k = 1; k <= 3; k++)
            {
                var (code, stdout, _) = await Run("", "analyze", "--inputs", list, "--shard", $"{k}/3");
                Assert.That(code, Is.EqualTo(0));
                seen.AddRange(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()!));
            }
            Assert.That(seen, Is.EquivalentTo(Directory.GetFiles(TestPaths.Samples)));
        }
        finally
        {
            File.Delete(list);
        }
    }

    [TestCase("0/3")]
    [TestCase("4/3")]
    [TestCase("x")]
    public async Task A_bad_shard_is_a_usage_error(string shard)
    {
        var (code, _, _) = await Run("", "analyze", TestPaths.Samples, "--shard", shard);
        Assert.That(code, Is.EqualTo(2));
    }
}
