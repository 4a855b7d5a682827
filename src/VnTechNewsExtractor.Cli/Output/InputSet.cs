using Microsoft.Extensions.FileSystemGlobbing;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// The files an <c>analyze</c> run reads: folders expanded recursively (filtered by --include / --exclude globs,
/// matched against paths relative to the folder), files and URLs as given, in a stable order.
/// </summary>
internal static class InputSet
{
    /// <summary>The files and URLs to read; <paramref name="emptyFolders"/> gets the folders that held none.</summary>
    public static List<string> Expand(ArticleAnalyzer analyzer, IEnumerable<string> inputs, IReadOnlyList<string> include, IReadOnlyList<string> exclude, out List<string> emptyFolders)
    {
        var files = new List<string>();
        emptyFolders = [];
        foreach (var input in inputs)
        {
            if (!Directory.Exists(input))
            {
                files.Add(input); // a file or a URL (a file gone by the time it is read is reported as its own error record)
                continue;
            }
            var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
            if (include.Count == 0) matcher.AddInclude("**/*");
            else foreach (var glob in include) matcher.AddInclude(glob);
            foreach (var glob in exclude) matcher.AddExclude(glob);
            int before = files.Count;
            foreach (var file in analyzer.EnumerateArticleFiles(input))
            {
                var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
                if (matcher.Match(relative).HasMatches) files.Add(file);
            }
            if (files.Count == before) emptyFolders.Add(input);
        }
        return files;
    }
}
