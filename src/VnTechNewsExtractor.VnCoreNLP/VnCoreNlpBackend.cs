using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Python.Runtime;
using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.VnCoreNLP;

/// <summary>
/// VnCoreNLP's word segmentation and NER as a pipeline backend, through Python.NET: set it as both
/// <see cref="ArticleAnalyzerOptions.WordSegmenter"/> and <see cref="ArticleAnalyzerOptions.EntityRecognizer"/>.
/// VnCoreNLP is reached through py_vncorenlp or through its jar and JPype (<see cref="VnCoreNlpEngine"/>); it is
/// GPL-3.0 and installed by the user, never shipped here.
/// </summary>
/// <remarks>
/// Thread-safe. Each article costs one call into Python: <see cref="Segment"/> annotates the whole text and keeps
/// the entities for <see cref="Recognize"/> of the same text. Calls are serialised (VnCoreNLP's pipeline objects
/// are not documented as thread-safe); the GIL is held only during a call.
/// </remarks>
public sealed class VnCoreNlpBackend : IWordSegmenter, IEntityRecognizer
{
    private const string JarName = "VnCoreNLP-1.2.jar";
    private readonly PyObject _engine;
    private readonly object _calls = new();
    private readonly ConditionalWeakTable<string, EntityMention[]> _pendingEntities = new();

    private VnCoreNlpBackend(PyObject engine, string engineName, string home)
    {
        _engine = engine;
        EngineName = engineName;
        Home = home;
    }

    /// <summary>"py_vncorenlp" or "jar": how VnCoreNLP is reached.</summary>
    public string EngineName { get; }

    /// <summary>VnCoreNLP's folder.</summary>
    public string Home { get; }

    /// <summary>
    /// Starts Python (once per process) and VnCoreNLP. On failure <paramref name="error"/> is one line naming what is
    /// missing (libpython, a Python module, JPype, the jar, the models folder, Java) and how to install it.
    /// </summary>
    public static bool TryCreate(VnCoreNlpOptions options, [NotNullWhen(true)] out VnCoreNlpBackend? backend, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(options);
        backend = null;
        if (CheckHome(options.Home, out var problem) is not { } home
            || LibPythonLocator.Find(options.PythonLibrary, out problem) is not { } library
            || PythonRuntime.Start(library, out problem) is not { } bridge)
        {
            error = problem ?? "VnCoreNLP could not be started";
            return false;
        }
        var annotators = options.Annotators.Contains("wseg") ? options.Annotators.ToArray() : ["wseg", .. options.Annotators];
        try
        {
            using (Py.GIL())
            {
                var usePy = options.Engine switch
                {
                    VnCoreNlpEngine.PyVnCoreNlp => true,
                    VnCoreNlpEngine.Jar => false,
                    _ => bridge.InvokeMethod("py_vncorenlp_available").As<bool>(),
                };
                using var list = new PyList(annotators.Select(a => (PyObject)new PyString(a)).ToArray());
                using var result = usePy
                    ? bridge.InvokeMethod("open_py_vncorenlp", new PyString(home), list, new PyString(options.MaxHeap))
                    : bridge.InvokeMethod("open_jar", new PyString(home), list, new PyString(options.MaxHeap),
                        options.JPypeHelperJar is { } jar ? new PyString(jar) : PyObject.None);
                using var engine = result[0];
                using var message = result[1];
                if (message.IsNone())
                {
                    backend = new VnCoreNlpBackend(engine.GetAttr("annotate"), engine.GetAttr("name").As<string>(), home);
                    error = null;
                    return true;
                }
                error = message.As<string>();
                return false;
            }
        }
        catch (PythonException ex)
        {
            error = $"VnCoreNLP could not be started: {PythonRuntime.FirstLine(ex.Message)}";
            return false;
        }
    }

    private static string? CheckHome(string? given, out string? error)
    {
        error = null;
        var home = given is { Length: > 0 } ? given : Environment.GetEnvironmentVariable(VnCoreNlpOptions.HomeVariable);
        const string Install = "VnCoreNLP (GPL-3.0) is not bundled: pip install py_vncorenlp and download its models, or put VnCoreNLP-1.2.jar and its models folder in one folder";
        if (string.IsNullOrEmpty(home))
            error = $"VnCoreNLP's folder is not set: pass --vncorenlp-home DIR or set {VnCoreNlpOptions.HomeVariable}; {Install}";
        else if (!Directory.Exists(home))
            error = $"VnCoreNLP's folder '{home}' does not exist; {Install}";
        else if (!File.Exists(Path.Combine(home, JarName)))
            error = $"{JarName} is not in '{home}'; {Install}";
        else if (!Directory.Exists(Path.Combine(home, "models")))
            error = $"VnCoreNLP's models folder '{Path.Combine(home, "models")}' is missing; download the models folder next to {JarName} (py_vncorenlp.download_model does it)";
        return error is null ? Path.GetFullPath(home!) : null;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Word> Segment(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var placed = Annotate(text);
        // The same article's Recognize comes next: its entities wait, keyed by the text instance, for that call.
        _pendingEntities.AddOrUpdate(text, WordAlignment.ToEntities(placed));
        return WordAlignment.ToWords(tokens, placed);
    }

    /// <inheritdoc/>
    public IReadOnlyList<EntityMention> Recognize(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_pendingEntities.TryGetValue(document.Text, out var entities))
        {
            _pendingEntities.Remove(document.Text);
            return entities;
        }
        return WordAlignment.ToEntities(Annotate(document.Text));
    }

    private List<BackendWord> Annotate(string text)
    {
        if (text.Length == 0) return [];
        string annotated;
        lock (_calls)
        {
            try
            {
                using (Py.GIL())
                {
                    using var arg = new PyString(text);
                    using var result = _engine.Invoke(arg);
                    annotated = result.As<string>();
                }
            }
            catch (PythonException ex)
            {
                // One article's failure becomes that article's error record; the batch goes on.
                throw new InvalidOperationException($"VnCoreNLP ({EngineName}) failed on this article: {PythonRuntime.FirstLine(ex.Message)}", ex);
            }
        }
        return WordAlignment.Place(text, annotated);
    }
}
