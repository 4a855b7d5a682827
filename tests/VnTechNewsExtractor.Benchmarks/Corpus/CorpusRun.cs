using System.Diagnostics;
using System.Globalization;

namespace VnTechNewsExtractor.Benchmarks.Corpus;

/// <summary>
/// One measured process: what it did, how long it took, the processor time it used (user + system, all its
/// threads, so the runtime's own threads count too) and its peak resident memory.
/// </summary>
internal sealed record CorpusRun(string Mode, int Files, double Seconds, double CpuSeconds, double PeakRssMb)
{
    /// <summary>
    /// Runs <paramref name="program"/> to the end, sampling its peak resident set (VmHWM, which only grows) and its
    /// processor time every 20 ms; the last sample stands for the whole run.
    /// </summary>
    public static CorpusRun Start(string mode, string on, string program, string[] args, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        double peak = 0, cpu = 0;
        while (!process.WaitForExit(20))
        {
            peak = Math.Max(peak, ReadPeakRssMb(process.Id));
            cpu = Math.Max(cpu, ReadCpuSeconds(process.Id));
        }
        double seconds = clock.Elapsed.TotalSeconds;
        var log = stderr.Result + stdout.Result;
        if (process.ExitCode is not (0 or 1)) throw new InvalidOperationException($"{mode} on {on} failed ({process.ExitCode}): {log}");
        int files = FilesIn(log);
        if (files == 0) throw new InvalidOperationException($"{mode} on {on} read no files: {log}");
        return new CorpusRun(mode, files, seconds, cpu, peak);
    }

    // "parsed N files" from the baseline, "vntech: N files, ..." from analyze's summary.
    private static int FilesIn(string log)
    {
        foreach (var line in log.Split('\n'))
        {
            var words = line.Replace("vntech: ", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < words.Length; i++)
                if (words[i + 1].StartsWith("files", StringComparison.Ordinal) && int.TryParse(words[i].Replace(",", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) return n;
        }
        return 0;
    }

    internal static double ReadPeakRssMb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }
        return 0;
    }

    // utime and stime, fields 14 and 15 of /proc/PID/stat, in clock ticks (USER_HZ, 100 on Linux). The command
    // name (field 2) is in parentheses and may hold spaces, so fields are counted from the closing one.
    internal static double ReadCpuSeconds(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }
}
