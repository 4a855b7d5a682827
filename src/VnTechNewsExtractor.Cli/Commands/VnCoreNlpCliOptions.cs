using System.CommandLine;
using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Cli.Commands;

/// <summary>The options of <c>analyze --backend vncorenlp</c>, and the backend they start.</summary>
internal sealed class VnCoreNlpCliOptions
{
    private readonly Option<string?> _home = new("--vncorenlp-home") { Description = $"VnCoreNLP's folder (VnCoreNLP-1.2.jar and models/; py_vncorenlp's save_dir). Default: ${VnCoreNlpOptions.HomeVariable}." };
    private readonly Option<string?> _pythonDll = new("--python-dll") { Description = $"libpython to run VnCoreNLP's Python side (e.g. /usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0). Default: ${VnCoreNlpOptions.PythonLibraryVariable}, then the usual system places." };
    private readonly Option<string> _engine = new("--vncorenlp-engine") { Description = "auto (py_vncorenlp when installed, else the jar through JPype), py_vncorenlp, or jar.", DefaultValueFactory = _ => "auto" };
    private readonly Option<string> _annotators = new("--vncorenlp-annotators") { Description = "VnCoreNLP's annotators, comma-separated.", DefaultValueFactory = _ => "wseg,pos,ner" };
    private readonly Option<string> _heap = new("--vncorenlp-heap") { Description = "The JVM's heap limit (-Xmx), e.g. 2g.", DefaultValueFactory = _ => "2g" };

    public VnCoreNlpCliOptions() => _engine.AcceptOnlyFromAmong("auto", "py_vncorenlp", "jar");

    public void AddTo(Command command)
    {
        command.Options.Add(_home);
        command.Options.Add(_pythonDll);
        command.Options.Add(_engine);
        command.Options.Add(_annotators);
        command.Options.Add(_heap);
    }

    /// <summary>The options of this set given on the command line (not left at their defaults).</summary>
    public IEnumerable<string> Given(ParseResult parse) =>
        new Option[] { _home, _pythonDll, _engine, _annotators, _heap }.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => o.Name);

    /// <summary><paramref name="options"/> with VnCoreNLP as segmenter and entity recognizer; a setup problem is a <see cref="UsageException"/>.</summary>
    public ArticleAnalyzerOptions Apply(ParseResult parse, ArticleAnalyzerOptions options)
    {
        var settings = new VnCoreNlpOptions
        {
            Home = parse.GetValue(_home),
            PythonLibrary = parse.GetValue(_pythonDll),
            Engine = parse.GetValue(_engine) switch
            {
                "py_vncorenlp" => VnCoreNlpEngine.PyVnCoreNlp,
                "jar" => VnCoreNlpEngine.Jar,
                _ => VnCoreNlpEngine.Auto,
            },
            Annotators = parse.GetValue(_annotators)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            MaxHeap = parse.GetValue(_heap)!,
        };
        if (!VnCoreNlpBackend.TryCreate(settings, out var backend, out var error))
            throw new UsageException($"--backend vncorenlp: {error}");
        return options with { WordSegmenter = backend, EntityRecognizer = backend };
    }
}
