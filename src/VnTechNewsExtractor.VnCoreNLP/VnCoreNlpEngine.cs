namespace VnTechNewsExtractor.VnCoreNLP;

/// <summary>How the backend reaches VnCoreNLP.</summary>
public enum VnCoreNlpEngine
{
    /// <summary>py_vncorenlp when that Python module is installed, otherwise the jar through JPype.</summary>
    Auto,

    /// <summary>Python's py_vncorenlp wrapper (<c>pip install py_vncorenlp</c>).</summary>
    PyVnCoreNlp,

    /// <summary><c>VnCoreNLP-1.2.jar</c> loaded through JPype; py_vncorenlp is never imported.</summary>
    Jar,
}
