namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>The argument as one line, or else each line of standard input.</summary>
internal static class LineInput
{
    public static IEnumerable<string> Read(string? argument, TextReader stdin)
    {
        if (argument is not null)
        {
            yield return argument;
            yield break;
        }
        while (stdin.ReadLine() is { } line) yield return line;
    }
}
