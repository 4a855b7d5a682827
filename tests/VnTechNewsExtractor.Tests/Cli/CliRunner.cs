using VnTechNewsExtractor.Cli;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>Runs <c>vntech</c> in-process with the given standard input, returning its exit code and outputs.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = await Program.RunAsync(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }
}
