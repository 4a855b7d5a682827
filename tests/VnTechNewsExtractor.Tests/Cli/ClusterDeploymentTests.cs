using System.Diagnostics;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>
/// The container image and the cluster recipes of docs/cluster: the Kubernetes manifest parses as YAML and asks for
/// what `vntech analyze --shard auto` reads; the Dockerfile is multi-stage, runs the tool as a non-root user; the Slurm
/// scripts parse and agree on the number of parts.
/// </summary>
public partial class ClusterDeploymentTests
{
    private static string Docs(string name) => Path.Combine(TestPaths.RepoRoot, "docs", "cluster", name);

    [Test]
    public void The_Kubernetes_manifest_is_an_indexed_job_whose_pods_take_their_part_and_a_merge_of_every_part()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Docs("kubernetes-indexed-job.yaml"))) yaml.Load(reader);
        Assert.That(yaml.Documents, Has.Count.EqualTo(2));
        var analyze = (YamlMappingNode)yaml.Documents[0].RootNode;
        var merge = (YamlMappingNode)yaml.Documents[1].RootNode;
        Assert.Multiple(() =>
        {
            Assert.That(Scalar(analyze, "apiVersion"), Is.EqualTo("batch/v1"));
            Assert.That(Scalar(analyze, "kind"), Is.EqualTo("Job"));
            Assert.That(Scalar(analyze, "spec", "completionMode"), Is.EqualTo("Indexed"));
            var completions = Scalar(analyze, "spec", "completions");
            var container = (YamlMappingNode)((YamlSequenceNode)Node(analyze, "spec", "template", "spec", "containers")).Children.Single();
            Assert.That(Env(container, "JOB_COMPLETIONS"), Is.EqualTo(completions), "JOB_COMPLETIONS must equal spec.completions");
            var script = string.Join(" ", ((YamlSequenceNode)container["args"]).Children.Select(c => ((YamlScalarNode)c).Value));
            Assert.That(script, Does.Contain("vntech.dll analyze").And.Contain("--shard auto").And.Contain("--resume").And.Contain("--output /data/out/parts/"));
            Assert.That(Scalar(analyze, "spec", "template", "spec", "securityContext", "runAsNonRoot"), Is.EqualTo("true"));
            Assert.That(Scalar(analyze, "spec", "template", "spec", "restartPolicy"), Is.EqualTo("Never"));
            var mount = ((YamlSequenceNode)container["volumeMounts"]).Children.Cast<YamlMappingNode>().Single(m => Scalar(m, "name") == "data");
            Assert.That(Scalar(mount, "mountPath"), Is.EqualTo("/data"));

            Assert.That(Scalar(merge, "kind"), Is.EqualTo("Job"));
            var merger = (YamlMappingNode)((YamlSequenceNode)Node(merge, "spec", "template", "spec", "containers")).Children.Single();
            Assert.That(Env(merger, "PARTS"), Is.EqualTo(completions), "the merge waits for every part");
        });
    }

    [Test]
    public void The_Dockerfile_builds_with_the_SDK_and_runs_vntech_on_the_runtime_as_a_non_root_user()
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, "Dockerfile")).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#').ToList();
        var from = lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(from, Has.Count.EqualTo(2), "multi-stage");
            Assert.That(from[0], Does.Match(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$"));
            Assert.That(from[1], Does.Match(@"^FROM mcr\.microsoft\.com/dotnet/runtime:10\.0 AS runtime$"));
            int runtime = lines.IndexOf(from[1]);
            Assert.That(lines.Skip(runtime).Any(l => l.StartsWith("COPY --from=build ", StringComparison.Ordinal)), "the runtime stage takes only the published tool");
            var user = lines.Skip(runtime).LastOrDefault(l => l.StartsWith("USER ", StringComparison.Ordinal));
            Assert.That(user, Is.Not.Null.And.Not.EqualTo("USER root").And.Not.EqualTo("USER 0"), "non-root");
            Assert.That(lines.Last(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal)), Is.EqualTo("ENTRYPOINT [\"dotnet\", \"/app/vntech.dll\"]"));
            Assert.That(lines.Any(l => l.Contains("dotnet publish src/VnTechNewsExtractor.Cli", StringComparison.Ordinal)));
        });
    }

    [Test]
    public async Task The_Slurm_scripts_parse_and_agree_on_the_number_of_parts()
    {
        var analyze = await File.ReadAllTextAsync(Docs("slurm-analyze.sh"));
        var merge = await File.ReadAllTextAsync(Docs("slurm-merge.sh"));
        var array = ArrayRange().Match(analyze);
        Assert.That(array.Success, "#SBATCH --array=MIN-MAX without a step");
        int tasks = int.Parse(array.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) - int.Parse(array.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1;
        Assert.That(merge, Does.Contain($"PARTS=${{PARTS:-{tasks}}}"));
        Assert.That(analyze, Does.Contain("--shard auto").And.Contain("--resume"));
        foreach (var script in new[] { "slurm-analyze.sh", "slurm-merge.sh" })
        {
            using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", Docs(script)]) { RedirectStandardError = true, UseShellExecute = false })!;
            var err = await bash.StandardError.ReadToEndAsync();
            await bash.WaitForExitAsync();
            Assert.That(bash.ExitCode, Is.Zero, $"{script}: {err}");
        }
    }

    private static YamlNode Node(YamlMappingNode root, params string[] path)
    {
        YamlNode node = root;
        foreach (var key in path) node = ((YamlMappingNode)node)[new YamlScalarNode(key)];
        return node;
    }

    private static string? Scalar(YamlMappingNode root, params string[] path) => ((YamlScalarNode)Node(root, path)).Value;

    private static string? Env(YamlMappingNode container, string name) =>
        ((YamlSequenceNode)container["env"]).Children.Cast<YamlMappingNode>().Where(e => Scalar(e, "name") == name).Select(e => Scalar(e, "value")).SingleOrDefault();

    [GeneratedRegex(@"#SBATCH --array=(\d+)-(\d+)\s")]
    private static partial Regex ArrayRange();
}
