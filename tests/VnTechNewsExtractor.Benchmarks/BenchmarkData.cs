namespace VnTechNewsExtractor.Benchmarks;

/// <summary>Inputs for the benchmarks: the repository's samples, and the shared data beside the repository when present.</summary>
public static class BenchmarkData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Samples => Path.Combine(RepoRoot, "samples", "articles");

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "data", .. parts]));

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VnTechNewsExtractor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
