namespace VnTechNewsExtractor.Evaluation;

/// <summary>
/// The fixed assignment of a corpus' articles to named splits (<c>train</c>, <c>test</c>), read from a
/// <c>split.tsv</c>: one article file and its split per line, further columns ignored, <c>#</c> lines are comments.
/// </summary>
public sealed class CorpusSplit
{
    /// <summary>The file name a split is read from, beside the gold files or in the folder above them.</summary>
    public const string FileName = "split.tsv";

    private readonly Dictionary<string, string> _splitOf;

    private CorpusSplit(string path, Dictionary<string, string> splitOf) => (Path, _splitOf) = (path, splitOf);

    /// <summary>Where the split was read from.</summary>
    public string Path { get; }

    /// <summary>The split names, in order.</summary>
    public IReadOnlyList<string> Names => _splitOf.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>The split of an article file (by file name), or null when the split does not list it.</summary>
    public string? SplitOf(string articleFile) => _splitOf.GetValueOrDefault(System.IO.Path.GetFileName(articleFile));

    /// <summary>Reads a split file; an unreadable line is an error naming the file and line.</summary>
    public static CorpusSplit Load(string path)
    {
        var splitOf = new Dictionary<string, string>(StringComparer.Ordinal);
        int number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length < 2 || cells[0].Length == 0 || cells[1].Length == 0)
                throw new InvalidDataException($"{path}:{number}: expected 'file<TAB>split', got '{line}'");
            if (!splitOf.TryAdd(cells[0], cells[1]))
                throw new InvalidDataException($"{path}:{number}: '{cells[0]}' is listed twice");
        }
        return new CorpusSplit(path, splitOf);
    }

    /// <summary>The split file of a gold folder (in it, or in its parent), or null when there is none.</summary>
    public static CorpusSplit? Find(string goldDir)
    {
        var full = System.IO.Path.GetFullPath(goldDir);
        foreach (var dir in new[] { full, System.IO.Path.GetDirectoryName(full.TrimEnd(System.IO.Path.DirectorySeparatorChar)) })
        {
            if (dir is null) continue;
            var candidate = System.IO.Path.Combine(dir, FileName);
            if (File.Exists(candidate)) return Load(candidate);
        }
        return null;
    }
}
