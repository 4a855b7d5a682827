using System.Runtime.InteropServices;
using Python.Runtime;

namespace VnTechNewsExtractor.VnCoreNLP;

/// <summary>
/// The process's one embedded CPython and the bridge module loaded into it. Python starts on first use and stays
/// for the life of the process: <c>PythonEngine.Shutdown</c> is never called, since Python.NET 3 stashes its state
/// with BinaryFormatter there (unsupported since .NET 8) and the JVM that JPype starts cannot be restarted anyway.
/// Between calls the GIL is released, so any thread may take it with <c>Py.GIL()</c>.
/// </summary>
internal static class PythonRuntime
{
    private const string BridgeResource = "VnTechNewsExtractor.VnCoreNLP.vntech_vncorenlp.py";
    private static readonly object Gate = new();
    private static string? _library;
    private static PyModule? _bridge;

    /// <summary>The libpython the process runs, once started.</summary>
    public static string? Library => _library;

    /// <summary>Starts Python from <paramref name="library"/> (once per process) and returns the bridge module, or null with the reason.</summary>
    public static PyModule? Start(string library, out string? error)
    {
        error = null;
        lock (Gate)
        {
            if (_bridge is not null)
            {
                if (!SameFile(_library!, library))
                    error = $"Python already runs from '{_library}' in this process; it cannot switch to '{library}'";
                return error is null ? _bridge : null;
            }
            if (!PythonEngine.IsInitialized)
            {
                // Load it ourselves first: a library that cannot load gives its loader's reason, not a crash inside Python.NET.
                if (!NativeLibrary.TryLoad(library, out _))
                {
                    error = $"libpython '{library}' could not be loaded (wrong architecture or missing dependencies); install a matching one (Debian: apt-get install libpython3.11)";
                    return null;
                }
                try
                {
                    Runtime.PythonDLL = library;
                    PythonEngine.Initialize();
                    PythonEngine.BeginAllowThreads();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    error = $"Python could not start from '{library}': {FirstLine(ex.Message)}";
                    return null;
                }
            }
            try
            {
                using (Py.GIL())
                    _bridge = PyModule.FromString("vntech_vncorenlp", ReadBridgeSource());
            }
            catch (PythonException ex)
            {
                error = $"the bridge module could not be loaded into Python from '{library}': {FirstLine(ex.Message)}";
                return null;
            }
            _library = library;
            return _bridge;
        }
    }

    private static string ReadBridgeSource()
    {
        using var stream = typeof(PythonRuntime).Assembly.GetManifestResourceStream(BridgeResource)
            ?? throw new InvalidOperationException($"The assembly lacks its resource {BridgeResource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static bool SameFile(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    internal static string FirstLine(string message)
    {
        var trimmed = message.Trim();
        int end = trimmed.IndexOfAny(['\r', '\n']);
        return end < 0 ? trimmed : trimmed[..end];
    }
}
