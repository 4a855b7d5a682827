using Python.Runtime;
using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Tests.VnCoreNLP;

/// <summary>
/// A VnCoreNLP folder for the tests: the fake of VnCoreNLP's Java API under <c>Fakes/java</c>, compiled with javac
/// into <c>VnCoreNLP-1.2.jar</c>, with a small models folder written here. Python starts once for the whole test
/// run (the process can hold only one), so every bridge test shares the backends made here.
/// </summary>
internal static class FakeVnCoreNlp
{
    private static readonly Lazy<(string? Home, string? Problem)> Built = new(Build);
    private static readonly Dictionary<VnCoreNlpEngine, VnCoreNlpBackend> Backends = [];
    private static readonly object Gate = new();

    /// <summary>The fake's folder; the test is ignored when no JDK is installed.</summary>
    public static string Home
    {
        get
        {
            var (home, problem) = Built.Value;
            if (home is null) Assert.Ignore(problem!);
            return home!;
        }
    }

    /// <summary>The fake Python wrapper's folder (put on Python's sys.path for the py_vncorenlp engine only).</summary>
    public static string PythonFakes => Path.Combine(TestContext.CurrentContext.TestDirectory, "VnCoreNLP", "Fakes", "python");

    /// <summary>
    /// A backend over the fake; shared by all tests. Ignored (with the reason) only when libpython or JPype is
    /// genuinely not installed; any other setup problem fails the test.
    /// </summary>
    public static VnCoreNlpBackend Backend(VnCoreNlpEngine engine)
    {
        var home = Home;
        lock (Gate)
        {
            if (Backends.TryGetValue(engine, out var cached)) return cached;
            if (engine != VnCoreNlpEngine.Jar) AddPythonFakesToPath();
            if (!VnCoreNlpBackend.TryCreate(new VnCoreNlpOptions { Home = home, Engine = engine, MaxHeap = "256m" }, out var backend, out var error))
            {
                if (error.Contains("libpython", StringComparison.Ordinal) || error.Contains("jpype is not importable", StringComparison.Ordinal))
                    Assert.Ignore($"the Python bridge's prerequisites are not installed: {error}");
                Assert.Fail(error);
            }
            Backends[engine] = backend!;
            return backend!;
        }
    }

    /// <summary>Puts the fake py_vncorenlp where Python's import finds it: the user's own install, in tests.</summary>
    private static void AddPythonFakesToPath()
    {
        if (LibPythonLocator.Find(null, out var error) is not { } library) { Assert.Ignore(error!); return; }
        if (PythonRuntime.Start(library, out error) is null) Assert.Fail(error ?? "Python did not start");
        using (Py.GIL())
        {
            using var sys = Py.Import("sys");
            using var path = new PyList(sys.GetAttr("path"));
            using var fakes = new PyString(PythonFakes);
            if (!path.Contains(fakes)) path.Insert(0, fakes);
        }
    }

    private static (string? Home, string? Problem) Build()
    {
        var home = FakeVnCoreNlpFolder.Build(Path.Combine(TestContext.CurrentContext.TestDirectory, "VnCoreNLP", "Fakes", "java"), out var problem);
        return (home, problem);
    }
}
