using System.Diagnostics;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>
/// Runs the built <c>vntech</c> (vntech.dll beside the tests) as a separate process, with environment variables of its
/// own: for what is read once per process (the site file) and for runs of many processes (cluster shards).
/// </summary>
internal static class CliProcess
{
    private static string Dll => Path.Combine(AppContext.BaseDirectory, "vntech.dll");

    /// <summary>Starts vntech with <paramref name="args"/> and <paramref name="environment"/> (a null value removes the variable).</summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args) info.ArgumentList.Add(a);
        // The parent's scheduler variables (a CI running under Slurm or Kubernetes) must not leak into the children.
        foreach (var name in new[] { "JOB_COMPLETION_INDEX", "JOB_COMPLETIONS", "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_COUNT", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_MAX", "VNTECH_SITES" })
            info.Environment.Remove(name);
        foreach (var (name, value) in environment)
        {
            if (value is null) info.Environment.Remove(name);
            else info.Environment[name] = value;
        }
        return Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started");
    }

    /// <summary>Runs vntech to the end (at most <paramref name="timeout"/>) and returns its exit code and outputs.</summary>
    public static async Task<(int Code, string Out, string Err)> Run(IReadOnlyDictionary<string, string?> environment, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        using var process = Start(environment, workingDirectory, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vntech {string.Join(' ', args)} did not finish in {timeout}");
        }
        return (process.ExitCode, await output, await error);
    }
}
