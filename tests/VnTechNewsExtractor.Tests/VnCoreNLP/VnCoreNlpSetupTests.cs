using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Tests.VnCoreNLP;

/// <summary>Each missing piece gives one line naming it and how to install it, before any Python or Java starts.</summary>
public class VnCoreNlpSetupTests
{
    private static string Fail(VnCoreNlpOptions options)
    {
        Assert.That(VnCoreNlpBackend.TryCreate(options, out var backend, out var error), Is.False);
        Assert.That(backend, Is.Null);
        Assert.That(error, Does.Not.Contain('\n'), "one line");
        return error!;
    }

    [Test]
    public void A_missing_folder_a_missing_jar_and_missing_models_are_named()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-vncorenlp-setup-").FullName;
        try
        {
            Assert.That(Fail(new() { Home = Path.Combine(dir, "nowhere") }), Does.Contain("nowhere").And.Contain("does not exist").And.Contain("pip install py_vncorenlp"));
            Assert.That(Fail(new() { Home = dir }), Does.StartWith("VnCoreNLP-1.2.jar is not in").And.Contain(dir));
            File.WriteAllBytes(Path.Combine(dir, "VnCoreNLP-1.2.jar"), []);
            Assert.That(Fail(new() { Home = dir }), Does.Contain("models folder").And.Contain(Path.Combine(dir, "models")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void A_missing_libpython_is_named_with_how_to_install_it()
    {
        var error = Fail(new() { Home = FakeVnCoreNlp.Home, PythonLibrary = "/nonexistent/libpython3.11.so.1.0" });
        Assert.That(error, Does.Contain("libpython not found at '/nonexistent/libpython3.11.so.1.0'").And.Contain("apt-get install libpython3.11"));
    }

    [Test]
    public void Without_a_folder_the_option_and_the_variable_are_named()
    {
        if (Environment.GetEnvironmentVariable(VnCoreNlpOptions.HomeVariable) is { Length: > 0 }) Assert.Ignore("VNCORENLP_HOME is set in this environment");
        Assert.That(Fail(new()), Does.Contain("--vncorenlp-home").And.Contain("VNCORENLP_HOME"));
    }

    [Test]
    public void The_usual_libpython_places_are_probed_system_first()
    {
        var candidates = LibPythonLocator.Candidates().ToList();
        if (!OperatingSystem.IsLinux()) Assert.Ignore("probe order checked on Linux");
        Assert.That(candidates[0], Does.StartWith("/usr/lib/").And.EndWith(".so.1.0"));
        Assert.That(candidates, Does.Contain($"/usr/local/lib/libpython3.11.so"));
    }
}
