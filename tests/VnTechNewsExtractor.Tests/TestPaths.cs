namespace VnTechNewsExtractor.Tests;

/// <summary>Where the repository, its samples and the shared data are.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples", "articles");

    public static string Specs => Path.Combine(TestContext.CurrentContext.TestDirectory, "Specs");

    /// <summary>The shared data folder beside the repository; the test is ignored with a reason when it is absent.</summary>
    public static string SharedData(params string[] parts)
    {
        var path = Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "data", .. parts]));
        if (!Path.Exists(path)) Assert.Ignore($"shared data not present at {path}");
        return path;
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VnTechNewsExtractor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("VnTechNewsExtractor.sln not found above the test folder");
    }
}
