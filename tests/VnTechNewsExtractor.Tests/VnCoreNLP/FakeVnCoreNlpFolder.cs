using System.Diagnostics;
using System.IO.Compression;

namespace VnTechNewsExtractor.Tests.VnCoreNLP;

/// <summary>
/// Builds a VnCoreNLP folder from the fake of its Java API (<c>Fakes/java</c>): javac, then a jar named like the
/// real one, and a small models folder written here. Shared by the tests and the benchmarks (linked there).
/// </summary>
internal static class FakeVnCoreNlpFolder
{
    /// <summary>The fake segmenter's word list: multi-syllable words, written for these tests.</summary>
    private static readonly string[] Vocabulary =
    [
        "tập đoàn", "công ty", "đầu tư", "Việt Nam", "Sông Hồng", "cổ phần", "nhà máy", "Hà Nội", "Bình Minh",
        "Hạt Ngọc", "mở rộng", "thị trường", "khởi nghiệp", "năm nay", "điện tử", "Đông Nam Á", "Lê Văn Tám",
        "trí tuệ nhân tạo", "công nghệ", "ngân hàng", "doanh nghiệp", "thương vụ", "tỷ đồng",
    ];

    /// <summary>The fake NER's names: one right ORG, one wrong ORG (a place), one person.</summary>
    private static readonly string[] Names = ["Bình Minh\tORG", "Hà Nội\tORG", "Lê Văn Tám\tPER"];

    /// <summary>The new folder, or null with the reason (no JDK) in <paramref name="problem"/>.</summary>
    public static string? Build(string javaSources, out string? problem)
    {
        problem = null;
        var javac = FindJavac();
        if (javac is null)
        {
            problem = "javac was not found (PATH, JAVA_HOME): install a JDK (apt-get install default-jdk-headless) to build the fake VnCoreNLP";
            return null;
        }
        var home = Directory.CreateTempSubdirectory("vntech-fake-vncorenlp-").FullName;
        // The JVM keeps the jar open until the process ends; on Linux the folder can go then.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(home, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
        var classes = Path.Combine(home, "classes");
        var sources = Directory.GetFiles(javaSources, "*.java", SearchOption.AllDirectories);
        var start = new ProcessStartInfo(javac) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in (string[])["-encoding", "UTF-8", "--release", "11", "-d", classes, .. sources]) start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw new InvalidOperationException($"javac failed on the fake VnCoreNLP: {stderr.Result}");
        }
        ZipFile.CreateFromDirectory(classes, Path.Combine(home, "VnCoreNLP-1.2.jar"));
        Directory.Delete(classes, recursive: true);
        Directory.CreateDirectory(Path.Combine(home, "models", "wordsegmenter"));
        Directory.CreateDirectory(Path.Combine(home, "models", "ner"));
        File.WriteAllLines(Path.Combine(home, "models", "wordsegmenter", "vi-vocab"), Vocabulary);
        File.WriteAllLines(Path.Combine(home, "models", "ner", "vi-ner"), Names);
        return home;
    }

    private static string? FindJavac()
    {
        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).ToList();
        if (Environment.GetEnvironmentVariable("JAVA_HOME") is { Length: > 0 } javaHome) dirs.Insert(0, Path.Combine(javaHome, "bin"));
        return dirs.Where(d => d.Length > 0).Select(d => Path.Combine(d, "javac")).FirstOrDefault(File.Exists);
    }
}
