namespace VnTechNewsExtractor.VnCoreNLP;

/// <summary>Where VnCoreNLP and the Python that runs it are, and how to start them.</summary>
public sealed record VnCoreNlpOptions
{
    /// <summary>The environment variable naming VnCoreNLP's folder when <see cref="Home"/> is null.</summary>
    public const string HomeVariable = "VNCORENLP_HOME";

    /// <summary>The environment variable naming libpython when <see cref="PythonLibrary"/> is null (Python.NET's own).</summary>
    public const string PythonLibraryVariable = "PYTHONNET_PYDLL";

    /// <summary>
    /// The folder holding <c>VnCoreNLP-1.2.jar</c> and its <c>models</c> folder (py_vncorenlp's <c>save_dir</c>);
    /// <see cref="HomeVariable"/> when null.
    /// </summary>
    public string? Home { get; init; }

    /// <summary>
    /// The path of libpython (e.g. <c>/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0</c>); <see cref="PythonLibraryVariable"/>
    /// when null, and the usual system locations when that is unset too.
    /// </summary>
    public string? PythonLibrary { get; init; }

    /// <summary>VnCoreNLP's annotators; word segmentation (<c>wseg</c>) is always added. NER needs <c>pos</c> and <c>ner</c>.</summary>
    public IReadOnlyList<string> Annotators { get; init; } = ["wseg", "pos", "ner"];

    /// <summary>The Java heap limit, as for <c>-Xmx</c> ("2g", "768m"); used only when this process starts the JVM.</summary>
    public string MaxHeap { get; init; } = "2g";

    /// <summary>Which way to reach VnCoreNLP.</summary>
    public VnCoreNlpEngine Engine { get; init; } = VnCoreNlpEngine.Auto;

    /// <summary>JPype's helper jar <c>org.jpype.jar</c> when it is not beside the jpype package nor in <c>/usr/share/java</c>.</summary>
    public string? JPypeHelperJar { get; init; }
}
