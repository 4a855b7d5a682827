using System.Diagnostics;

namespace VnTechNewsExtractor.Tests.Deals;

/// <summary>Headless Chromium (Debian's <c>chromium</c> package), run as a process: a page's DOM after its scripts ran, and a screenshot.</summary>
internal static class Chromium
{
    /// <summary>The browser, or null when it is not installed: <c>$CHROMIUM</c>, then /usr/bin/chromium, then chromium on the PATH.</summary>
    public static string? Find()
    {
        var candidates = new List<string?> { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" };
        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, "chromium")));
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && File.Exists(c));
    }

    /// <summary>Runs the browser on <paramref name="page"/> with <paramref name="arguments"/>; returns its stdout and stderr.</summary>
    public static (string Out, string Err) Run(string browser, string page, params string[] arguments)
    {
        var profile = Directory.CreateTempSubdirectory("vntech-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // No sandbox: CI runs as root, where Chromium's sandbox refuses to start. The page is our own file.
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                         "--enable-logging=stderr", "--v=0", $"--user-data-dir={profile.FullName}" }.Concat(arguments))
                start.ArgumentList.Add(a);
            start.ArgumentList.Add(new Uri(page).AbsoluteUri);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within 90 s on {page}");
            }
            return (stdout.Result, stderr.Result);
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { /* a helper process may still hold a file */ }
        }
    }
}
