using System.Diagnostics;
using CsCheck;

namespace VnTechNewsExtractor.Tests.Fuzzing;

/// <summary>
/// Runs a property over generated inputs for a bounded time (<c>VNTECH_FUZZ_SECONDS</c> per target, 20 by default, so
/// the five targets cost CI about 100 s), reports executions per second, and keeps the shortest failing input
/// in <c>fuzz-failures/</c> of the test folder so it can be added to <see cref="FuzzRegressions"/>.
/// </summary>
internal static class FuzzBudget
{
    public static int Seconds =>
        int.TryParse(Environment.GetEnvironmentVariable("VNTECH_FUZZ_SECONDS"), out var s) && s > 0 ? s : 20;

    public static void Run(string target, Gen<string> inputs, Action<string> property)
    {
        long executions = 0;
        string? shortestFailure = null;
        var failureLock = new object();
        var clock = Stopwatch.StartNew();
        // A hang is a failure too: an input still running after HangSeconds is written out before anything else happens.
        var running = new System.Collections.Concurrent.ConcurrentDictionary<int, (string Input, long Started)>();
        using var stop = new CancellationTokenSource();
        var watchdog = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(1000).ConfigureAwait(false);
                foreach (var (_, (input, started)) in running)
                    if (Stopwatch.GetElapsedTime(started).TotalSeconds > HangSeconds)
                    {
                        Keep(target + "-hang", input);
                        return;
                    }
            }
        });
        try
        {
            inputs.Sample(input =>
            {
                Interlocked.Increment(ref executions);
                running[Environment.CurrentManagedThreadId] = (input, Stopwatch.GetTimestamp());
                try
                {
                    property(input);
                }
                catch (Exception)
                {
                    lock (failureLock)
                        if (shortestFailure is null || input.Length < shortestFailure.Length) shortestFailure = input;
                    throw;
                }
                finally
                {
                    running.TryRemove(Environment.CurrentManagedThreadId, out _);
                }
            }, writeLine: TestContext.Progress.WriteLine, time: Seconds, print: Describe);
        }
        finally
        {
            stop.Cancel();
            clock.Stop();
            TestContext.Progress.WriteLine($"fuzz {target}: {executions:N0} inputs in {clock.Elapsed.TotalSeconds:F1} s = {executions / clock.Elapsed.TotalSeconds:F0} execs/s");
            if (shortestFailure is not null) Keep(target, shortestFailure);
        }
    }

    /// <summary>Seconds one input may run before the fuzzer reports it as a hang (inputs normally take milliseconds).</summary>
    private const int HangSeconds = 10;

    private static void Keep(string target, string input)
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "fuzz-failures");
        Directory.CreateDirectory(dir);
        // C#-escaped (lone surrogates cannot be written as UTF-8), ready to paste into FuzzRegressions.
        var file = Path.Combine(dir, $"{target}-{DateTime.UtcNow:yyyyMMddHHmmss}.txt");
        File.WriteAllText(file, Escape(input));
        TestContext.Progress.WriteLine($"fuzz {target}: failing input ({input.Length} chars) kept in {file}");
    }

    /// <summary>A failing input as a C#-escaped string, cut when long.</summary>
    public static string Describe(string input) =>
        Escape(input.Length > 400 ? input[..400] + $"... ({input.Length} chars)" : input);

    private static string Escape(string shown)
    {
        var escaped = new System.Text.StringBuilder();
        foreach (var c in shown)
        {
            if (c is '"' or '\\') escaped.Append('\\').Append(c);
            else if (c < ' ' || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF') escaped.Append($"\\u{(int)c:X4}");
            else escaped.Append(c);
        }
        return "\"" + escaped + "\"";
    }
}
