using System.Globalization;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a corpus ("--shard 2/8"): a file belongs to the shard its path's
/// stable hash falls in, so machines given the same inputs and different shards split the work without talking.
/// </summary>
internal readonly record struct Shard(int Index, int Count)
{
    public static Shard All { get; } = new(1, 1);

    public static bool TryParse(string? text, out Shard shard)
    {
        shard = All;
        if (string.IsNullOrWhiteSpace(text)) return true;
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || k < 1 || k > n)
            return false;
        shard = new Shard(k, n);
        return true;
    }

    /// <summary>True when <paramref name="path"/> is this shard's (FNV-1a over the path as written, the same on every machine).</summary>
    public bool Contains(string path)
    {
        if (Count == 1) return true;
        uint hash = 2166136261;
        foreach (var c in path.Replace('\\', '/'))
        {
            hash = (hash ^ c) * 16777619;
        }
        return hash % (uint)Count == (uint)(Index - 1);
    }
}
