using System.Runtime.InteropServices;

namespace VnTechNewsExtractor.VnCoreNLP;

/// <summary>Finds libpython: the path given, then <c>PYTHONNET_PYDLL</c>, then the usual system locations.</summary>
internal static class LibPythonLocator
{
    /// <summary>The library to load, or null with a one-line explanation of what is missing and how to install it.</summary>
    public static string? Find(string? given, out string? error)
    {
        error = null;
        var (path, origin) = given is { Length: > 0 } ? (given, "--python-dll / VnCoreNlpOptions.PythonLibrary") :
            Environment.GetEnvironmentVariable(VnCoreNlpOptions.PythonLibraryVariable) is { Length: > 0 } env ? (env, VnCoreNlpOptions.PythonLibraryVariable) : (null, null);
        if (path is not null)
        {
            if (File.Exists(path)) return path;
            error = $"libpython not found at '{path}' (given by {origin}); install it (Debian: apt-get install libpython3.11) and give its path";
            return null;
        }
        foreach (var candidate in Candidates())
            if (File.Exists(candidate)) return candidate;
        error = "libpython was not found in the usual places (/usr/lib/<arch>, /usr/lib64, /usr/local/lib); install it "
                + "(Debian: apt-get install libpython3.11 python3-jpype) or give its path with --python-dll or PYTHONNET_PYDLL";
        return null;
    }

    /// <summary>
    /// System Pythons first, newest version first: Debian's python3-jpype is built for the system Python, whose
    /// libpython lives under the multiarch folder.
    /// </summary>
    internal static IEnumerable<string> Candidates()
    {
        if (OperatingSystem.IsWindows()) yield break;
        var mac = OperatingSystem.IsMacOS();
        string[] folders = mac
            ? ["/opt/homebrew/lib", "/usr/local/lib"]
            : [$"/usr/lib/{MultiarchTriplet()}", "/usr/lib64", "/usr/lib", "/usr/local/lib"];
        foreach (var folder in folders)
            for (int minor = 14; minor >= 8; minor--)
            {
                if (mac) yield return Path.Combine(folder, $"libpython3.{minor}.dylib");
                else
                {
                    yield return Path.Combine(folder, $"libpython3.{minor}.so.1.0");
                    yield return Path.Combine(folder, $"libpython3.{minor}.so");
                }
            }
    }

    private static string MultiarchTriplet() => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.Arm64 => "aarch64-linux-gnu",
        Architecture.Arm => "arm-linux-gnueabihf",
        _ => "x86_64-linux-gnu",
    };
}
