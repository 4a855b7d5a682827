using VnTechNewsExtractor.Cli;
using VnTechNewsExtractor.Cli.Output;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>Which part a process analyses: --shard K/N, or the variables of a Kubernetes Indexed Job or a Slurm array.</summary>
public class ShardTests
{
    private static Func<string, string?> Env(params string[] pairs)
    {
        var map = pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return name => map.GetValueOrDefault(name);
    }

    [TestCase(null, null, new string[0], 1, 1, null, TestName = "no option, no variables: the whole corpus")]
    [TestCase("2/8", null, new[] { "JOB_COMPLETION_INDEX=5", "JOB_COMPLETIONS=8" }, 2, 8, null, TestName = "K/N wins over the variables")]
    [TestCase("auto", null, new[] { "JOB_COMPLETION_INDEX=0", "JOB_COMPLETIONS=4" }, 1, 4, "Kubernetes", TestName = "Kubernetes index 0 is part 1")]
    [TestCase(null, null, new[] { "JOB_COMPLETION_INDEX=3", "JOB_COMPLETIONS=4" }, 4, 4, "Kubernetes", TestName = "no option with the variables set means auto")]
    [TestCase("auto", 6, new[] { "JOB_COMPLETION_INDEX=5" }, 6, 6, "Kubernetes", TestName = "Kubernetes count from --shard-count")]
    [TestCase("auto", null, new[] { "SLURM_ARRAY_TASK_ID=0", "SLURM_ARRAY_TASK_COUNT=16", "SLURM_ARRAY_TASK_MIN=0" }, 1, 16, "Slurm", TestName = "Slurm array from 0")]
    [TestCase("auto", null, new[] { "SLURM_ARRAY_TASK_ID=16", "SLURM_ARRAY_TASK_COUNT=16", "SLURM_ARRAY_TASK_MIN=1" }, 16, 16, "Slurm", TestName = "Slurm array from 1")]
    [TestCase(null, null, new[] { "SLURM_ARRAY_TASK_ID=7", "SLURM_ARRAY_TASK_MIN=5", "SLURM_ARRAY_TASK_MAX=8" }, 3, 4, "Slurm", TestName = "Slurm count from min and max")]
    public void Resolves_the_part(string? option, int? count, string[] variables, int index, int parts, string? scheduler) =>
        Assert.That(Shard.Resolve(option, count, Env(variables)), Is.EqualTo(new Shard(index, parts, scheduler)));

    [TestCase("auto", null, new string[0], "--shard auto needs a scheduler's variables", TestName = "auto without variables")]
    [TestCase(null, null, new[] { "JOB_COMPLETION_INDEX=4", "JOB_COMPLETIONS=4" }, "JOB_COMPLETION_INDEX=4 is out of range: a job of 4 parts has indexes 0 to 3", TestName = "Kubernetes index past the count")]
    [TestCase(null, null, new[] { "JOB_COMPLETION_INDEX=-1", "JOB_COMPLETIONS=4" }, "JOB_COMPLETION_INDEX=-1 is out of range", TestName = "negative Kubernetes index")]
    [TestCase(null, null, new[] { "JOB_COMPLETION_INDEX=1" }, "set JOB_COMPLETIONS in the manifest", TestName = "Kubernetes without a count")]
    [TestCase(null, null, new[] { "JOB_COMPLETION_INDEX=one", "JOB_COMPLETIONS=4" }, "JOB_COMPLETION_INDEX='one' is not a whole number", TestName = "Kubernetes index not a number")]
    [TestCase(null, null, new[] { "SLURM_ARRAY_TASK_ID=20", "SLURM_ARRAY_TASK_COUNT=16", "SLURM_ARRAY_TASK_MIN=0" }, "SLURM_ARRAY_TASK_ID=20 is out of range: an array of 16 tasks from 0 has ids 0 to 15", TestName = "Slurm id past the array (a step)")]
    [TestCase(null, null, new[] { "SLURM_ARRAY_TASK_ID=3" }, "give --shard-count N", TestName = "Slurm without a count")]
    [TestCase("3/2", null, new string[0], "--shard must be K/N", TestName = "K above N")]
    public void Names_the_problem(string? option, int? count, string[] variables, string message) =>
        Assert.That(() => Shard.Resolve(option, count, Env(variables)), Throws.InstanceOf<UsageException>().With.Message.Contains(message));

    [TestCase(3, 16, "Slurm", "out/records.jsonl", "out/records.03-of-16.jsonl")]
    [TestCase(1, 4, "Kubernetes", "records", "records.1-of-4")]
    [TestCase(2, 8, null, "out/part-{shard}.jsonl", "out/part-2-of-8.jsonl")]
    [TestCase(2, 8, null, "out/records.jsonl", "out/records.jsonl")]
    [TestCase(1, 1, "Slurm", "out/records.jsonl", "out/records.jsonl")]
    public void Names_the_output_per_part(int index, int count, string? scheduler, string output, string expected) =>
        Assert.That(new Shard(index, count, scheduler).OutputName(output), Is.EqualTo(expected.Replace('/', Path.DirectorySeparatorChar)).Or.EqualTo(expected));
}
