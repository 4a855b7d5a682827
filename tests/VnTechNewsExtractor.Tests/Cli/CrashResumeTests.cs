using System.Diagnostics;
using System.Text.Json;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>
/// The real <c>vntech</c> process killed at random points of a batch, then run again with <c>--resume</c>: every
/// file ends with exactly one record, equal to a clean run's. The seed is printed, and <c>VNTECH_CRASH_SEED</c> replays it.
/// </summary>
[NonParallelizable]
public class CrashResumeTests
{
    private static readonly string[] Names = ["Sông Hồng", "Mây Xanh", "Bạch Đằng", "Rạng Đông", "Tràng An", "Hoa Sen", "Phương Nam", "Ngọc Lan", "Thái Bình", "Hải Vân"];
    private static readonly string[] Cities = ["Hà Nội", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nha Trang"];

    [Test]
    public async Task A_batch_killed_at_random_points_and_resumed_has_each_record_once_and_as_a_clean_run()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("VNTECH_CRASH_SEED"), out var s) ? s : Random.Shared.Next();
        TestContext.Out.WriteLine($"crash seed {seed} (VNTECH_CRASH_SEED={seed} replays it)");
        var random = new Random(seed);
        var dir = Directory.CreateTempSubdirectory("vntech-crash-").FullName;
        try
        {
            var articles = Path.Combine(dir, "articles");
            Directory.CreateDirectory(articles);
            for (int i = 0; i < 500; i++) File.WriteAllText(Path.Combine(articles, $"a{i:D3}.txt"), Article(i));

            var cleanOutput = Path.Combine(dir, "clean.jsonl");
            var clock = Stopwatch.StartNew();
            var (cleanCode, cleanErr) = await RunCli(articles, cleanOutput, resume: false, kill: null);
            var cleanTime = clock.Elapsed;
            Assert.That(cleanCode, Is.Zero, cleanErr);
            var clean = BySource(File.ReadAllLines(cleanOutput));
            Assert.That(clean, Has.Count.EqualTo(500));

            var kept = new List<int>();
            for (int round = 0; round < 3; round++)
            {
                var output = Path.Combine(dir, $"out{round}.jsonl");
                // Rounds 0 and 1 are killed once some records are written (a time alone often falls in start-up on a
                // busy machine); round 2 at a random time, and its resumed run once more records are written.
                var kill = round < 2 ? new Kill(null, random.Next(1, 450)) : new Kill(cleanTime * random.NextDouble(), null);
                await RunCli(articles, output, resume: false, kill);
                if (round == 2)
                {
                    // The resumed run is killed too: what both runs left must add up.
                    var (_, firstResume) = await RunCli(articles, output, resume: true, new Kill(null, random.Next(1, 450)));
                    kept.Add(KeptCount(firstResume));
                }
                var (code, err) = await RunCli(articles, output, resume: true, kill: null);
                kept.Add(KeptCount(err));
                var context = $"seed {seed}, round {round}, killed {kill}";
                Assert.That(code, Is.Zero, $"{context}: {err}");
                var lines = File.ReadAllLines(output);
                var records = BySource(lines);
                Assert.That(lines, Has.Length.EqualTo(records.Count), $"{context}: no file twice");
                Assert.That(records.Keys, Is.EquivalentTo(clean.Keys), $"{context}: no file lost");
                foreach (var (source, line) in records) Assert.That(line, Is.EqualTo(clean[source]), $"{context}: {source}");
                Assert.That(Directory.GetFiles(dir, ".*.tmp"), Is.Empty, $"{context}: the killed runs' temporary files are gone");
            }
            TestContext.Out.WriteLine($"clean run {cleanTime.TotalSeconds:F1} s; records kept by the resumed runs: {string.Join(", ", kept)}");
            Assert.That(kept, Has.Some.GreaterThan(0), $"seed {seed}: some kill point left records that --resume kept (else the test shows nothing)");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Article(int i)
    {
        string investor = $"{Names[i % Names.Length]} {i / Names.Length + 1}", investee = $"{Names[(i * 7 + 3) % Names.Length]} Tech";
        int amount = 10 + i * 3;
        return $"Tập đoàn {investor} rót {amount} tỷ đồng vào startup {investee}\n\n"
               + $"Công ty Cổ phần {investor} vừa công bố rót {amount} tỷ đồng vào startup {investee} trong vòng gọi vốn Series {(char)('A' + i % 3)}. "
               + $"Khoản đầu tư giúp {investee} mở rộng hoạt động sang {Cities[i % Cities.Length]} trong năm {2020 + i % 6}.\n\n"
               + $"Đại diện {investee} cho biết công ty sẽ tuyển thêm {20 + i % 50} kỹ sư và ra mắt sản phẩm mới vào cuối năm.";
    }

    private static Dictionary<string, string> BySource(IEnumerable<string> lines)
    {
        var bySource = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines) bySource[JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()!] = line;
        return bySource;
    }

    // Records (lines) in the temporary files a running batch writes beside its output.
    private static int WrittenRecords(string folder)
    {
        int lines = 0;
        foreach (var file in Directory.GetFiles(folder, ".*.tmp"))
        {
            try
            {
                foreach (var b in File.ReadAllBytes(file)) if (b == (byte)'\n') lines++;
            }
            catch (IOException)
            {
                // Renamed or removed meanwhile: the run is ending.
            }
        }
        return lines;
    }

    /// <summary>N of "resuming: N records kept" on stderr; 0 when the run found nothing to keep.</summary>
    private static int KeptCount(string stderr)
    {
        var m = System.Text.RegularExpressions.Regex.Match(stderr, @"resuming: (\d+) records kept");
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>When to kill a run: after a time, or once its temporary output holds a number of records.</summary>
    private sealed record Kill(TimeSpan? After, int? Records)
    {
        public override string ToString() => After is { } t ? $"after {t.TotalMilliseconds:F0} ms" : $"after {Records} records";
    }

    private static async Task<(int Code, string Err)> RunCli(string input, string output, bool resume, Kill? kill)
    {
        var dotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(TestContext.CurrentContext.TestDirectory, "vntech.dll"), "analyze", input, "-o", output, "-p", "2" }) start.ArgumentList.Add(a);
        if (resume) start.ArgumentList.Add("--resume");
        using var process = Process.Start(start)!;
        var err = process.StandardError.ReadToEndAsync();
        var @out = process.StandardOutput.ReadToEndAsync();
        if (kill?.After is { } delay && !process.WaitForExit(delay)) process.Kill(entireProcessTree: true);
        if (kill?.Records is { } records)
        {
            var folder = Path.GetDirectoryName(output)!;
            while (!process.WaitForExit(5))
            {
                if (WrittenRecords(folder) < records) continue;
                process.Kill(entireProcessTree: true);
                break;
            }
        }
        // A hang guard, not a speed test.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        await @out;
        return (process.ExitCode, await err);
    }
}
