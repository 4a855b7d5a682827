using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>
/// <c>vntech analyze</c> over a folder of everything users save by mistake: the run ends, every good file has the
/// record it gets alone, every bad one exactly one record whose error names the file and the cause, and the exit code is 1.
/// </summary>
[NonParallelizable]
public class HostileBatchTests
{
    private static readonly string SampleHtml = Path.Combine(TestPaths.Samples, "fintech-vi-sen-series-a.html");

    [Test]
    public async Task A_folder_of_hostile_files_is_analysed_to_the_end_with_one_record_per_file()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-hostile-").FullName;
        string? fifo = null;
        try
        {
            string P(string name) => Path.Combine(dir, name);
            var good = new List<string>();
            var bad = new Dictionary<string, string>(); // file -> expected error code

            // Processed first (ordinal order, one at a time): while it is read, a file listed later is deleted.
            File.WriteAllText(P("00-nested.html"), NestedPage(30 * 1024 * 1024));
            bad[P("00-nested.html")] = "limit";
            File.WriteAllText(P("zz-vanishes.txt"), File.ReadAllText(Path.Combine(TestPaths.Samples, "ai-pledge-data-center.txt")));
            bad[P("zz-vanishes.txt")] = "io";

            File.Copy(Path.Combine(TestPaths.Samples, "ai-pledge-data-center.txt"), P("good.txt"));
            File.Copy(SampleHtml, P("good.html"));
            File.Copy(Path.Combine(TestContext.CurrentContext.TestDirectory, "Pages", "Fixtures", "legacy-windows-1258.html"), P("windows-1258.html"));
            good.AddRange([P("good.txt"), P("good.html"), P("windows-1258.html")]);
            var utf8 = File.ReadAllText(SampleHtml);
            WriteUtf16(P("utf16-le-bom.html"), utf8, bigEndian: false, bom: true);
            WriteUtf16(P("utf16-le.html"), utf8, bigEndian: false, bom: false);
            WriteUtf16(P("utf16-be-bom.html"), utf8, bigEndian: true, bom: true);
            WriteUtf16(P("utf16-be.html"), utf8, bigEndian: true, bom: false);
            string[] utf16 = [P("utf16-le-bom.html"), P("utf16-le.html"), P("utf16-be-bom.html"), P("utf16-be.html")];
            good.AddRange(utf16);
            // A download cut off mid-page is still a page: its record holds what arrived.
            File.WriteAllText(P("truncated.html"), utf8[..(utf8.Length * 2 / 3)]);
            good.Add(P("truncated.html"));
            // A folder named like a page is walked into, not read as a file.
            Directory.CreateDirectory(P("x.html"));
            File.Copy(Path.Combine(TestPaths.Samples, "bank-acquires-finance-company.txt"), P("x.html/inner.txt"));
            good.Add(P("x.html/inner.txt"));

            var random = new Random(9);
            var noise = new byte[64 * 1024];
            random.NextBytes(noise);
            File.WriteAllBytes(P("binary.html"), noise);
            bad[P("binary.html")] = "format";
            File.WriteAllBytes(P("empty.html"), []);
            bad[P("empty.html")] = "format";
            File.WriteAllText(P("blank.txt"), " \n\t\n ");
            bad[P("blank.txt")] = "format";
            File.CreateSymbolicLink(P("dangling.html"), P("no-such-target.html"));
            bad[P("dangling.html")] = "io";
            if (!OperatingSystem.IsWindows())
            {
                File.CreateSymbolicLink(P("loop.html"), P("loop.html"));
                bad[P("loop.html")] = "io";
                File.WriteAllText(P("unreadable.html"), utf8);
                File.SetUnixFileMode(P("unreadable.html"), UnixFileMode.None);
                // Root reads any file whatever its mode: then it is a good file (the symbolic-link loop and the pipe stay unreadable).
                if (IsRoot()) good.Add(P("unreadable.html"));
                else bad[P("unreadable.html")] = "io";
            }
            if (OperatingSystem.IsLinux())
            {
                // Opening a named pipe blocks until someone writes: only the per-file time limit ends it.
                fifo = P("pipe.html");
                MakeFifo(fifo);
                bad[fifo] = "limit";
            }

            var output = P("out.jsonl");
            var run = CliRunner.Run("", "analyze", dir, "--output", output, "--parallelism", "1", "--max-file-time", "5s");
            var temporary = P($".out.jsonl.{Environment.ProcessId}.tmp");
            while (!File.Exists(temporary) && !run.IsCompleted) await Task.Delay(5);
            File.Delete(P("zz-vanishes.txt"));
            // A hang guard, not a speed test: the run takes seconds.
            var (code, _, stderr) = await run.WaitAsync(TimeSpan.FromMinutes(5));

            var records = File.ReadAllLines(output).Select(l => (Line: l, Json: JsonNode.Parse(l)!)).ToList();
            var bySource = records.GroupBy(r => r.Json["source"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
            var analyzer = new ArticleAnalyzer();
            Assert.Multiple(() =>
            {
                Assert.That(code, Is.EqualTo(1), stderr);
                Assert.That(bySource.Keys, Is.EquivalentTo(good.Concat(bad.Keys)), "one record per file, none for the folder x.html");
                Assert.That(bySource.Values.Where(v => v.Count > 1).Select(v => v[0].Json["source"]!.GetValue<string>()), Is.Empty, "no file twice");
            });
            Assert.Multiple(async () =>
            {
                foreach (var file in good.Where(f => f != P("truncated.html") && !utf16.Contains(f)))
                {
                    var alone = ArticleJson.Serialize(await analyzer.AnalyzeFileAsync(file));
                    Assert.That(bySource[file][0].Line, Is.EqualTo(alone), $"{file}: the record it gets alone");
                    Assert.That(bySource[file][0].Json["errors"]!.AsArray(), Is.Empty, file);
                    Assert.That(bySource[file][0].Json["isArticle"]!.GetValue<bool>(), Is.True, file);
                }
                var original = WithoutSource(ArticleJson.Serialize(await analyzer.AnalyzeFileAsync(SampleHtml)));
                foreach (var file in utf16) Assert.That(WithoutSource(bySource[file][0].Line), Is.EqualTo(original), $"{file}: as the UTF-8 page");
                var truncated = bySource[P("truncated.html")][0].Json;
                Assert.That(truncated["errors"]!.AsArray(), Is.Empty);
                Assert.That(truncated["title"]!.GetValue<string>(), Does.Contain("Ví Sen"));
                Assert.That(truncated["paragraphs"]!.AsArray(), Is.Not.Empty);
                foreach (var (file, expectedCode) in bad)
                {
                    var errors = bySource[file][0].Json["errors"]!.AsArray();
                    Assert.That(errors.Select(e => e!["code"]!.GetValue<string>()), Does.Contain(expectedCode), file);
                    Assert.That(errors.Select(e => e!["message"]!.GetValue<string>()), Has.All.Contain(file), "each error names its file");
                    Assert.That(stderr, Does.Contain(file));
                }
                Assert.That(bySource[P("00-nested.html")][0].Json["title"]!.GetValue<string>(), Is.EqualTo("Trang lồng sâu"), "the nested page's record holds what was read before the cut");
            });
        }
        finally
        {
            if (fifo is not null) ReleaseReader(fifo);
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A page whose body nests <c>&lt;div&gt;&lt;b&gt;</c> to about <paramref name="bytes"/> bytes, after a headline and a paragraph.</summary>
    internal static string NestedPage(int bytes)
    {
        const string head = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang lồng sâu</title></head><body>"
                            + "<h1>Trang lồng sâu</h1><p>Công ty Cổ phần Sông Hồng cho biết đã rót 300 tỷ đồng vào Mây Xanh AI trong năm nay.</p>";
        var sb = new StringBuilder(bytes + 64);
        sb.Append(head);
        while (sb.Length < bytes) sb.Append("<div><b>");
        return sb.Append("</body></html>").ToString();
    }

    private static void WriteUtf16(string path, string text, bool bigEndian, bool bom)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false);
        byte[] preamble = !bom ? [] : bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE];
        File.WriteAllBytes(path, [.. preamble, .. encoding.GetBytes(text)]);
    }

    private static string WithoutSource(string line)
    {
        var json = JsonNode.Parse(line)!.AsObject();
        json.Remove("source");
        return json.ToJsonString();
    }

    /// <summary>Lets a reader blocked opening the pipe go on (read-write opens do not block), so no thread of the test host stays stuck.</summary>
    private static void ReleaseReader(string fifo)
    {
        try
        {
            using var writer = new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite);
        }
        catch (IOException)
        {
            // already gone
        }
    }

    /// <summary>True when the effective user is root (the second field of "Uid:" in /proc/self/status).</summary>
    internal static bool IsRoot() =>
        OperatingSystem.IsLinux() && File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[2] == "0";

    internal static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
    }
}
