using VnTechNewsExtractor.Tests.Cli;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Docs;

/// <summary>
/// Every C# block of the repository's Markdown (README.md, the packages' readmes, samples, docs) compiles, without a
/// warning, as a consumer's console program against the library; a block followed by a <c>```console</c> block is run
/// and must print exactly that.
/// </summary>
[NonParallelizable] // running a snippet redirects the process' console
public class DocSnippetTests
{
    private static IEnumerable<TestCaseData> Snippets() =>
        DocSnippet.All().Select(s => new TestCaseData(s).SetName($"Snippet_compiles({s})"));

    private static IEnumerable<TestCaseData> RunnableSnippets() =>
        DocSnippet.All().Where(s => s.Output is not null).Select(s => new TestCaseData(s).SetName($"Snippet_prints_what_its_console_block_shows({s})"));

    [TestCaseSource(nameof(Snippets))]
    public void Snippet_compiles(DocSnippet snippet)
    {
        var (problems, _) = SnippetCompiler.Compile(snippet.Code, snippet.ToString());
        Assert.That(problems.Select(p => p.ToString()), Is.Empty, $"{snippet} does not compile as written");
    }

    [TestCaseSource(nameof(RunnableSnippets))]
    public void Snippet_prints_what_its_console_block_shows(DocSnippet snippet)
    {
        var (problems, program) = SnippetCompiler.Compile(snippet.Code, snippet.ToString());
        Assert.That(program, Is.Not.Null, string.Join('\n', problems));
        var printed = SnippetCompiler.Run(program!).ReplaceLineEndings("\n").TrimEnd();
        Assert.That(printed, Is.EqualTo(snippet.Output!.TrimEnd()), $"{snippet}'s console block is not what it prints; it prints:\n{printed}\n");
    }

    [TestCase("README.md")]
    [TestCase("src/VnTechNewsExtractor/README.md")]
    public void The_readmes_consumers_read_first_have_code_to_check(string file)
    {
        var snippets = DocSnippet.Read(Path.Combine(TestPaths.RepoRoot, file)).ToList();
        Assert.That(snippets, Is.Not.Empty, $"{file} has no C# block: nothing would be checked");
    }

    [Test]
    public async Task The_readme_shows_the_segmenter_the_cli_uses()
    {
        // The README's runnable snippet segments a sentence; `vntech segment` must print the same line for it.
        var snippet = DocSnippet.Read(Path.Combine(TestPaths.RepoRoot, "README.md")).Single(s => s.Code.Contains("SegmentedText.Format", StringComparison.Ordinal));
        var sentence = System.Text.RegularExpressions.Regex.Match(snippet.Code, @"SegmentedText\.Format\(""([^""]+)""").Groups[1].Value;
        var shown = snippet.Output!.Split('\n').Single(l => l.Contains('_', StringComparison.Ordinal));
        var (code, stdout, _) = await CliRunner.Run("", "segment", sentence);
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.Zero);
            Assert.That(stdout.TrimEnd(), Is.EqualTo(shown), "the README's segmenter is not the one `vntech segment` uses");
            Assert.That(snippet.Code, Does.Contain("new PerceptronWordSegmenter()"));
            // The one the README used to suggest segments otherwise, which is why it is no longer shown.
            Assert.That(SegmentedText.Format(sentence, new LexiconWordSegmenter()), Is.Not.EqualTo(shown));
        });
    }

    [Test]
    public void A_snippet_that_no_longer_compiles_fails()
    {
        // What the README's first snippet lacked before issue 19: the namespaces of the pieces it names.
        var (problems, program) = SnippetCompiler.Compile("var money = new MoneyRecognizer().Recognize(\"khoảng 13 tỷ USD\");", "broken.cs");
        Assert.Multiple(() =>
        {
            Assert.That(program, Is.Null);
            Assert.That(problems.Select(p => p.Id), Does.Contain("CS0246"), "MoneyRecognizer is unknown without its using");
        });
    }

    [Test]
    public void A_snippet_whose_console_block_is_wrong_is_caught()
    {
        var (_, program) = SnippetCompiler.Compile("Console.WriteLine(1 + 1);", "sum.cs");
        Assert.That(SnippetCompiler.Run(program!).TrimEnd(), Is.EqualTo("2").And.Not.EqualTo("3"));
    }
}
