using VnTechNewsExtractor.Tests.Cli;

namespace VnTechNewsExtractor.Tests.Evaluation;

/// <summary>
/// The accuracy floors on the test split of the repository's own corpus (<c>corpus/</c>), so that they hold from any
/// clone. The floors are in <c>.ci/floors-corpus</c>, which CI also passes to <c>vntech evaluate</c>.
/// </summary>
public class CorpusFloorTests
{
    [Test]
    public async Task The_test_split_scores_stay_above_their_floors()
    {
        var floors = File.ReadAllLines(Path.Combine(TestPaths.RepoRoot, ".ci", "floors-corpus"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        Assert.That(floors, Is.Not.Empty);
        var args = new List<string> { "evaluate", "--gold", Path.Combine(TestPaths.RepoRoot, "corpus", "articles"), "--split", "test" };
        foreach (var f in floors) args.AddRange(["--min", f.Trim()]);
        var (code, stdout, stderr) = await CliRunner.Run("", [.. args]);
        Assert.That(code, Is.EqualTo(0), stdout + stderr);
    }
}
