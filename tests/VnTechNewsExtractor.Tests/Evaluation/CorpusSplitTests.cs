using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Tests.Evaluation;

public class CorpusSplitTests
{
    [Test]
    public void A_split_file_assigns_articles_by_file_name_and_is_found_above_the_gold_folder()
    {
        using var corpus = new TinyCorpus();
        var split = CorpusSplit.Find(corpus.Gold);
        Assert.That(split, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(split!.Names, Is.EqualTo(new[] { "test", "train" }));
            Assert.That(split.SplitOf("b1.txt"), Is.EqualTo("test"));
            Assert.That(split.SplitOf(Path.Combine(corpus.Gold, "a1.txt")), Is.EqualTo("train"), "by file name, wherever it lies");
            Assert.That(split.SplitOf("unknown.txt"), Is.Null);
            Assert.That(CorpusEvaluator.LoadGold(corpus.Gold, split, "test").Select(g => g.Id), Is.EqualTo(new[] { "b1", "b2" }));
            Assert.That(CorpusEvaluator.LoadGold(corpus.Gold, split, null), Has.Count.EqualTo(6));
        });
    }

    [TestCase("a.txt\n", "expected 'file<TAB>split'")]
    [TestCase("a.txt\ttrain\na.txt\ttest\n", "'a.txt' is listed twice")]
    public void A_malformed_split_file_is_an_error_naming_file_and_line(string content, string message)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content);
            var ex = Assert.Throws<InvalidDataException>(() => CorpusSplit.Load(path));
            Assert.That(ex!.Message, Does.StartWith(path + ":").And.Contain(message));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void The_repository_corpus_has_a_split_for_every_gold_file_and_enough_of_each()
    {
        var gold = Path.Combine(TestPaths.RepoRoot, "corpus", "articles");
        var split = CorpusSplit.Find(gold)!;
        var golds = CorpusEvaluator.LoadGold(gold);
        Assert.Multiple(() =>
        {
            Assert.That(golds.Where(g => split.SplitOf(g.File) is null).Select(g => g.File), Is.Empty, "every annotated article is in the split");
            Assert.That(golds.Select(g => g.Id + ".txt"), Is.EqualTo(golds.Select(g => g.File)), "id and file agree");
            Assert.That(golds.Count(g => split.SplitOf(g.File) == "train"), Is.GreaterThanOrEqualTo(240));
            Assert.That(golds.Count(g => split.SplitOf(g.File) == "test"), Is.GreaterThanOrEqualTo(60));
            foreach (var g in golds) Assert.That(File.Exists(Path.Combine(gold, g.File)), g.File);
        });
    }
}
