using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Tests.Evaluation;

public class AnnotatorAgreementTests
{
    [Test]
    public void Two_equal_annotations_agree_fully()
    {
        using var corpus = new TinyCorpus();
        var report = AnnotatorAgreement.Compare(corpus.Gold, corpus.Gold);
        Assert.Multiple(() =>
        {
            Assert.That(report.Articles, Has.Count.EqualTo(6));
            Assert.That((report.Companies.F1, report.Money.F1, report.Investments.F1, report.Amounts.Recall), Is.EqualTo((1.0, 1.0, 1.0, 1.0)));
        });
    }

    [Test]
    public void A_second_annotation_is_scored_against_the_first_and_files_without_a_counterpart_are_skipped()
    {
        using var corpus = new TinyCorpus();
        var second = Directory.CreateTempSubdirectory("vntech-second-").FullName;
        try
        {
            // The second annotator reversed the pair, read the amount as 50 million and took "Quỹ" into the name.
            TinyCorpus.WriteGold(second, "a1", "Mây Hồng", "Quỹ Sao Băng", 50_000_000, "USD", "5 triệu USD");
            TinyCorpus.WriteGold(second, "zz", "X", "Y", 1, "USD", "1 USD");
            var report = AnnotatorAgreement.Compare(corpus.Gold, second);
            Assert.Multiple(() =>
            {
                Assert.That(report.Articles.Select(a => a.Id), Is.EqualTo(new[] { "a1" }));
                Assert.That(report.Companies.F1, Is.EqualTo(1.0), "the designator is not part of the name");
                Assert.That((report.Money.TruePositives, report.Money.Predicted, report.Money.Gold), Is.EqualTo((0, 1, 1)));
                Assert.That((report.Investments.TruePositives, report.Investments.Predicted, report.Investments.Gold), Is.EqualTo((0, 1, 1)));
            });
        }
        finally
        {
            Directory.Delete(second, recursive: true);
        }
    }
}
