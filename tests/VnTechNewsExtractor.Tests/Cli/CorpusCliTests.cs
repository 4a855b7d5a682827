using System.Text.Json;
using VnTechNewsExtractor.Tests.Evaluation;

namespace VnTechNewsExtractor.Tests.Cli;

/// <summary>evaluate --split, train --folds/--out and agreement on a corpus laid out as the repository's.</summary>
public class CorpusCliTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run("", args);

    [Test]
    public async Task Evaluate_scores_only_the_named_split()
    {
        using var corpus = new TinyCorpus();
        var (code, stdout, stderr) = await Run("evaluate", "--gold", corpus.Gold, "--split", "test", "--json");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(JsonDocument.Parse(stdout).RootElement.GetProperty("articles").GetInt32(), Is.EqualTo(2));
        (code, stdout, stderr) = await Run("evaluate", "--gold", corpus.Gold, "--split", "test", "--rules-only");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("Evaluation of 2 articles"));
    }

    [TestCase("--split", "dev", "has the splits test, train")]
    [TestCase("--split", "nosuch", "has the splits")]
    public async Task An_unknown_split_is_a_usage_error(string option, string value, string message)
    {
        using var corpus = new TinyCorpus();
        var (code, _, stderr) = await Run("evaluate", "--gold", corpus.Gold, option, value);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain(message));
    }

    [Test]
    public async Task A_gold_folder_without_gold_files_or_without_a_split_file_is_a_usage_error()
    {
        var empty = Directory.CreateTempSubdirectory("vntech-empty-").FullName;
        try
        {
            var (code, stdout, stderr) = await Run("evaluate", "--gold", empty);
            Assert.That((code, stdout), Is.EqualTo((2, "")));
            Assert.That(stderr, Does.Contain("nothing to score"));
            (code, _, stderr) = await Run("evaluate", "--gold", empty, "--split", "test");
            Assert.That(code, Is.EqualTo(2));
            Assert.That(stderr, Does.Contain("no split.tsv"));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Test]
    public async Task Train_cross_validates_and_reports_mean_and_spread_per_field()
    {
        using var corpus = new TinyCorpus();
        var (code, stdout, stderr) = await Run("train", "--gold", corpus.Gold, "--split", "train", "--folds", "2");
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("2-fold cross-validation over 4 articles"));
        foreach (var field in new[] { "companies", "money", "investments", "amounts" })
        {
            Assert.That(stdout, Does.Match($@"{field}\s+rules only\s.*±"));
            Assert.That(stdout, Does.Match($@"{field}\s+\+ tagger\s.*±"));
            Assert.That(stdout, Does.Match($@"{field}\s+\+ tagger \+ relations\s.*±"));
        }
        Assert.That(stderr, Does.Contain("fold 2/2"));
    }

    [Test]
    public async Task Train_writes_a_model_only_where_told()
    {
        using var corpus = new TinyCorpus();
        var (code, _, stderr) = await Run("train", "--gold", corpus.Gold);
        Assert.That(code, Is.EqualTo(2), "nothing to do without --folds or --out");
        Assert.That(stderr, Does.Contain("nothing to do"));

        var models = Path.Combine(corpus.Root, "out");
        (code, var stdout, stderr) = await Run("train", "--gold", corpus.Gold, "--split", "train", "--out", models);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("company tagger: 4 articles"));
        await using (var stream = File.OpenRead(Path.Combine(models, "relation-classifier.zip")))
            Assert.That(VnTechNewsExtractor.Investments.Learning.RelationClassifier.Load(stream), Is.Not.Null);
        await using (var stream = File.OpenRead(Path.Combine(models, "company-tagger.bin")))
            Assert.That(VnTechNewsExtractor.Companies.Learning.CompanyTagger.Load(stream).FeatureCount, Is.GreaterThan(0));

        // The written models are what --models reads.
        (code, stdout, stderr) = await Run("evaluate", "--gold", corpus.Gold, "--split", "test", "--models", models);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("Evaluation of 2 articles"));
        (code, _, stderr) = await Run("evaluate", "--gold", corpus.Gold, "--models", corpus.Gold);
        Assert.That(code, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("holds neither"));
    }

    [Test]
    public async Task Agreement_scores_one_annotation_folder_against_another()
    {
        using var corpus = new TinyCorpus();
        var (code, stdout, stderr) = await Run("agreement", corpus.Gold, corpus.Gold);
        Assert.That(code, Is.EqualTo(0), stderr);
        Assert.That(stdout, Does.Contain("Evaluation of 6 articles"));
        Assert.That(stdout, Does.Match(@"investments\s+1\.000\s+1\.000\s+1\.000"));
    }
}
