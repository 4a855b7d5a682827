using System.Globalization;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// One of <see cref="Count"/> disjoint parts of a corpus ("--shard 2/8"): a file belongs to the shard its path's
/// stable hash falls in, so machines given the same inputs and different shards split the work without talking.
/// </summary>
/// <param name="Index">The part, 1 to <paramref name="Count"/>.</param>
/// <param name="Count">How many parts.</param>
/// <param name="Scheduler">The batch scheduler whose variables gave the part ("Kubernetes", "Slurm"), or null when given as K/N.</param>
internal readonly record struct Shard(int Index, int Count, string? Scheduler = null)
{
    /// <summary>Kubernetes Indexed Job: the pod's index, 0 to completions - 1.</summary>
    public const string KubernetesIndex = "JOB_COMPLETION_INDEX";

    /// <summary>Not set by Kubernetes itself: the manifest passes <c>spec.completions</c> under this name (or <c>--shard-count</c> does).</summary>
    public const string KubernetesCount = "JOB_COMPLETIONS";

    /// <summary>Slurm job array: this task's id.</summary>
    public const string SlurmId = "SLURM_ARRAY_TASK_ID";

    /// <summary>Slurm job array: how many tasks.</summary>
    public const string SlurmCount = "SLURM_ARRAY_TASK_COUNT";

    /// <summary>Slurm job array: the lowest task id (arrays may start at 0 or 1).</summary>
    public const string SlurmMin = "SLURM_ARRAY_TASK_MIN";

    /// <summary>Slurm job array: the highest task id (the count when SLURM_ARRAY_TASK_COUNT is missing).</summary>
    public const string SlurmMax = "SLURM_ARRAY_TASK_MAX";

    public static Shard All { get; } = new(1, 1);

    /// <summary>Parses "K/N" (or nothing: the whole corpus). "auto" is resolved by <see cref="Resolve"/>.</summary>
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

    /// <summary>
    /// The shard of this process: "K/N" as given; "auto", or no option when a scheduler's variables are set, from the
    /// Kubernetes Indexed Job or Slurm array variables; otherwise the whole corpus.
    /// </summary>
    /// <param name="option">The --shard value, or null.</param>
    /// <param name="count">The --shard-count value (the number of parts, for a Kubernetes job without JOB_COMPLETIONS), or null.</param>
    /// <param name="variable">Reads an environment variable.</param>
    /// <exception cref="UsageException">The option is malformed, the variables are missing or disagree, or the index is out of range.</exception>
    public static Shard Resolve(string? option, int? count, Func<string, string?> variable)
    {
        bool auto = string.Equals(option?.Trim(), "auto", StringComparison.OrdinalIgnoreCase);
        if (!auto && !string.IsNullOrWhiteSpace(option))
        {
            if (!TryParse(option, out var given)) throw new UsageException("--shard must be K/N with 1 <= K <= N (e.g. 2/8) or auto.");
            return given;
        }
        if (!string.IsNullOrWhiteSpace(variable(KubernetesIndex)))
        {
            int index = Number(variable, KubernetesIndex);
            int n = count ?? (string.IsNullOrWhiteSpace(variable(KubernetesCount))
                ? throw new UsageException($"{KubernetesIndex} is set but not the number of parts: set {KubernetesCount} in the manifest (to spec.completions) or give --shard-count N.")
                : Number(variable, KubernetesCount));
            if (n < 1) throw new UsageException($"the number of parts must be at least 1, not {n}.");
            if (index < 0 || index >= n)
                throw new UsageException($"{KubernetesIndex}={index} is out of range: a job of {n} parts has indexes 0 to {n - 1} ({(count is null ? KubernetesCount : "--shard-count")}={n}).");
            return new Shard(index + 1, n, "Kubernetes");
        }
        if (!string.IsNullOrWhiteSpace(variable(SlurmId)))
        {
            int id = Number(variable, SlurmId);
            int min = string.IsNullOrWhiteSpace(variable(SlurmMin)) ? 0 : Number(variable, SlurmMin);
            int n = count
                ?? (!string.IsNullOrWhiteSpace(variable(SlurmCount)) ? Number(variable, SlurmCount)
                : !string.IsNullOrWhiteSpace(variable(SlurmMax)) ? Number(variable, SlurmMax) - min + 1
                : throw new UsageException($"{SlurmId} is set but not {SlurmCount} or {SlurmMax}: give --shard-count N."));
            if (n < 1) throw new UsageException($"the number of parts must be at least 1, not {n}.");
            // Task ids must run min, min + 1, ... (no step such as --array=0-15:4): every id names one part.
            if (id < min || id - min >= n)
                throw new UsageException($"{SlurmId}={id} is out of range: an array of {n} tasks from {min} has ids {min} to {min + n - 1} (use --array={min}-{min + n - 1}, no step).");
            return new Shard(id - min + 1, n, "Slurm");
        }
        if (auto) throw new UsageException($"--shard auto needs a scheduler's variables: {KubernetesIndex} (Kubernetes Indexed Job) or {SlurmId} (Slurm array); none is set.");
        return All;
    }

    private static int Number(Func<string, string?> variable, string name) =>
        int.TryParse(variable(name)?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"{name}='{variable(name)}' is not a whole number.");

    /// <summary>"03-of-16": the part as it appears in output names, zero-padded so that names sort in part order.</summary>
    public string Label
    {
        get
        {
            int width = Count.ToString(CultureInfo.InvariantCulture).Length;
            return $"{Index.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}-of-{Count.ToString(CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>
    /// The output file of this part: "{shard}" in <paramref name="path"/> is replaced by <see cref="Label"/>; a part a
    /// scheduler gave, whose path has no placeholder, gets the label before the extension ("parts/out.jsonl" →
    /// "parts/out.03-of-16.jsonl"), so that the parts of one manifest never write the same file.
    /// </summary>
    public string OutputName(string path)
    {
        if (path.Contains("{shard}", StringComparison.Ordinal)) return path.Replace("{shard}", Label, StringComparison.Ordinal);
        if (Scheduler is null || Count == 1) return path;
        var dir = Path.GetDirectoryName(path);
        var name = Path.GetFileNameWithoutExtension(path) + "." + Label + Path.GetExtension(path);
        return string.IsNullOrEmpty(dir) ? name : Path.Combine(dir, name);
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
