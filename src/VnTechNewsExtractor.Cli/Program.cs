using System.CommandLine;
using System.Text;
using VnTechNewsExtractor.Cli.Commands;

namespace VnTechNewsExtractor.Cli;

/// <summary>The <c>vntech</c> command line.</summary>
public static class Program
{
    /// <summary>Exit code: every input was processed.</summary>
    public const int Success = 0;

    /// <summary>Exit code: some inputs failed; the others were still written.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Exit code: the command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>Runs the tool.</summary>
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        Console.InputEncoding = new UTF8Encoding(false);
        return await RunAsync(args, Console.In, Console.Out, Console.Error).ConfigureAwait(false);
    }

    /// <summary>Runs the tool with the given streams (tests call this).</summary>
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var io = new ConsoleIo(stdin, stdout, stderr);
        var root = new RootCommand("vntech: companies, money amounts and investments from Vietnamese business and technology news.")
        {
            AnalyzeCommand.Create(io),
            MoneyCommand.Create(io),
            SegmentCommand.Create(io),
            EvaluateCommand.Create(io),
            TrainCommand.Create(io),
            AgreementCommand.Create(io),
            SegmenterCommand.Create(io),
            EvaluatePagesCommand.Create(io),
            FetchCommand.Create(io),
            CrawlCommand.Create(io),
            DealsCommand.Create(io),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) await stderr.WriteLineAsync($"vntech: {error.Message}").ConfigureAwait(false);
            await stderr.WriteLineAsync("Run 'vntech --help' for usage.").ConfigureAwait(false);
            return UsageError;
        }
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop cleanly: what was written stays written
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancel.Token).ConfigureAwait(false);
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync($"vntech: {ex.Message}").ConfigureAwait(false);
            return UsageError;
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("vntech: cancelled.").ConfigureAwait(false);
            return SomeInputsFailed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // An output or data file the command itself needs (not an input article, whose errors are records).
            await stderr.WriteLineAsync($"vntech: {ex.Message}").ConfigureAwait(false);
            return SomeInputsFailed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}

/// <summary>The streams a command reads and writes.</summary>
internal sealed record ConsoleIo(TextReader In, TextWriter Out, TextWriter Error);

/// <summary>A command line that parsed but makes no sense (a missing folder, a bad value).</summary>
internal sealed class UsageException(string message) : Exception(message);
