using System.Diagnostics;
using System.Text.Json;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>
/// A batch job simulated here: N vntech processes started at once with a scheduler's variables (a Kubernetes Indexed
/// Job, a Slurm array), one of them killed while it writes and started again as the scheduler would retry it. The
/// parts together must be one whole run: every file once, none missing, each record as the whole run wrote it.
/// </summary>
public class ClusterSimulationTests
{
    private const int Files = 400;
    private const int Parts = 4;

    private static readonly string[] Towns = ["Hà Giang", "Cao Bằng", "Sơn La", "Hòa Bình", "Nam Định", "Quảng Bình", "Kon Tum", "Bến Tre", "Sóc Trăng", "Cà Mau"];
    private static readonly string[] Trades = ["gạch men", "thức ăn chăn nuôi", "bao bì giấy", "pin lưu trữ", "phần mềm kế toán", "sữa hạt", "kính xây dựng"];

    public static IEnumerable<TestCaseData> Schedulers =>
    [
        new TestCaseData("Kubernetes", (Func<int, Dictionary<string, string?>>)(i => new() { ["JOB_COMPLETION_INDEX"] = $"{i}", ["JOB_COMPLETIONS"] = $"{Parts}" })).SetName("a Kubernetes Indexed Job of 4 pods"),
        new TestCaseData("Slurm", (Func<int, Dictionary<string, string?>>)(i => new() { ["SLURM_ARRAY_TASK_ID"] = $"{i + 1}", ["SLURM_ARRAY_TASK_MIN"] = "1", ["SLURM_ARRAY_TASK_COUNT"] = $"{Parts}" })).SetName("a Slurm array of 4 tasks (--array=1-4)"),
    ];

    [TestCaseSource(nameof(Schedulers))]
    public async Task Parts_add_up_to_one_whole_run_with_a_killed_part_resumed(string scheduler, Func<int, Dictionary<string, string?>> variables)
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cluster-").FullName;
        try
        {
            var corpus = Path.Combine(dir, "shared", "corpus");
            Directory.CreateDirectory(corpus);
            for (int i = 0; i < Files; i++) File.WriteAllText(Path.Combine(corpus, $"tin-{i:D3}.txt"), Article(i));
            var parts = Path.Combine(dir, "shared", "out", "parts");
            Directory.CreateDirectory(parts);

            var clock = Stopwatch.StartNew();
            var (wholeCode, _, wholeErr) = await CliProcess.Run(new Dictionary<string, string?>(), dir, TimeSpan.FromMinutes(5), "analyze", corpus, "-o", Path.Combine(dir, "whole.jsonl"), "-p", "2");
            var wholeTime = clock.Elapsed;
            Assert.That(wholeCode, Is.Zero, wholeErr);
            var whole = BySource(File.ReadAllLines(Path.Combine(dir, "whole.jsonl")));
            Assert.That(whole, Has.Count.EqualTo(Files));

            // Every part starts at once, as the scheduler starts them; part 1 is killed once it has written records.
            clock.Restart();
            var output = Path.Combine(parts, "records.jsonl");
            string[] args = ["analyze", corpus, "-o", output, "--resume", "-p", "1"];
            var processes = Enumerable.Range(0, Parts).Select(i => CliProcess.Start(variables(i), dir, args)).ToList();
            var drains = processes.Select(p => (Out: p.StandardOutput.ReadToEndAsync(), Err: p.StandardError.ReadToEndAsync())).ToList();
            bool killed = false;
            while (!processes[0].WaitForExit(5))
            {
                if (WrittenRecords(parts, "1-of-4") < 3) continue;
                processes[0].Kill(entireProcessTree: true);
                killed = true;
                break;
            }
            foreach (var p in processes) await p.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
            for (int i = 1; i < Parts; i++) Assert.That(processes[i].ExitCode, Is.Zero, await drains[i].Err);
            Assert.That(killed, Is.True, "part 1 ended before it could be killed: the simulation shows no resume");
            Assert.That(File.Exists(Path.Combine(parts, "records.1-of-4.jsonl")), Is.False, "a killed part leaves no output, only its temporary file");

            // The scheduler starts the failed part again with the same variables.
            var (retryCode, _, retryErr) = await CliProcess.Run(variables(0), dir, TimeSpan.FromMinutes(5), args);
            var partsTime = clock.Elapsed;
            Assert.That(retryCode, Is.Zero, retryErr);
            Assert.That(retryErr, Does.Match(@"resuming: [1-9]\d* records kept"), "the retry keeps what the killed part wrote");
            Assert.That(retryErr, Does.Contain($"{scheduler} part 1 of {Parts}"));

            var files = Directory.GetFiles(parts).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.That(files, Is.EqualTo(Enumerable.Range(1, Parts).Select(k => $"records.{k}-of-{Parts}.jsonl")), "one output per part, no temporary files left");
            var lines = files.SelectMany(f => File.ReadAllLines(Path.Combine(parts, f!))).ToList();
            var merged = BySource(lines);
            Assert.Multiple(() =>
            {
                Assert.That(lines, Has.Count.EqualTo(merged.Count), "no file twice");
                Assert.That(merged.Keys, Is.EquivalentTo(whole.Keys), "no file missing");
                foreach (var (source, line) in merged) Assert.That(line, Is.EqualTo(whole[source]), source);
                Assert.That(files.Select(f => File.ReadAllLines(Path.Combine(parts, f!)).Length), Has.All.GreaterThan(0), "every part had work");
            });
            TestContext.Out.WriteLine($"{scheduler}: {Parts} parts, {Files} files, whole run {wholeTime.TotalSeconds:F1} s, parts (all at once, one killed and resumed) {partsTime.TotalSeconds:F1} s; " +
                                      $"files per part {string.Join("/", files.Select(f => File.ReadAllLines(Path.Combine(parts, f!)).Length))}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public async Task An_index_outside_the_job_is_a_usage_error_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-cluster-").FullName;
        try
        {
            var (code, _, err) = await CliProcess.Run(new Dictionary<string, string?> { ["JOB_COMPLETION_INDEX"] = "4", ["JOB_COMPLETIONS"] = "4" }, dir, TimeSpan.FromMinutes(2),
                "analyze", dir, "-o", Path.Combine(dir, "out.jsonl"));
            Assert.That(code, Is.EqualTo(2), err);
            Assert.That(err, Does.Contain("JOB_COMPLETION_INDEX=4 is out of range: a job of 4 parts has indexes 0 to 3"));
            Assert.That(Directory.GetFiles(dir), Is.Empty, "nothing written");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Article(int i)
    {
        string maker = $"{Trades[i % Trades.Length]} {Towns[i % Towns.Length]}";
        int amount = 40 + 7 * i;
        return $"Nhà máy {maker} số {i + 1} vay {amount} tỷ đồng để mở rộng\n\n"
               + $"Công ty sản xuất {maker} số {i + 1} vừa ký hợp đồng vay {amount} tỷ đồng với một ngân hàng thương mại để xây thêm xưởng. "
               + $"Xưởng mới dự kiến hoạt động từ quý {1 + i % 4} năm {2026 + i % 3}, tuyển thêm {30 + i % 40} công nhân.\n\n"
               + $"Doanh thu năm trước của công ty đạt {200 + i} tỷ đồng.";
    }

    private static Dictionary<string, string> BySource(IEnumerable<string> lines)
    {
        var bySource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines) bySource[JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()!] = line;
        return bySource;
    }

    // Records in the temporary file a running part writes beside its output (flushed per record).
    private static int WrittenRecords(string folder, string label)
    {
        int lines = 0;
        foreach (var file in Directory.GetFiles(folder, $".records.{label}.jsonl.*.tmp"))
        {
            try
            {
                foreach (var b in File.ReadAllBytes(file)) if (b == (byte)'\n') lines++;
            }
            catch (IOException)
            {
                // Renamed or removed meanwhile: the part is ending.
            }
        }
        return lines;
    }
}
