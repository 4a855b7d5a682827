using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Tests.Evaluation;

/// <summary>Each gold pair is followed to the stage that lost it (the hand rules alone, so that no model decides).</summary>
public class RelationLossAnalysisTests
{
    private static readonly ArticleAnalyzer Rules = new(new ArticleAnalyzerOptions { CompanyTagger = null, RelationClassifier = null });

    [TestCase("Quỹ Sao Băng vừa đầu tư 5 triệu USD vào startup Mây Hồng.", "Sao Băng", "Mây Hồng", RelationLossStage.Found, TestName = "a deal the rules find")]
    [TestCase("Quỹ Sao Băng vừa đầu tư 5 triệu USD vào startup Mây Hồng.", "Sao Băng", "Ngọn Núi", RelationLossStage.InvesteeMissing, TestName = "an investee the text never names")]
    [TestCase("Quỹ Sao Băng vừa đầu tư 5 triệu USD vào startup Mây Hồng.", "Hoa Sen", "Mây Hồng", RelationLossStage.InvestorMissing, TestName = "an investor the text never names")]
    [TestCase("Tập đoàn Đông Sơn và Công ty Cát Vàng cùng dự hội nghị ở Đà Nẵng.", "Đông Sơn", "Cát Vàng", RelationLossStage.NoCandidate, TestName = "both named, nothing pairs them")]
    [TestCase("Tập đoàn Đông Sơn là cổ đông lớn của Công ty Cát Vàng.", "Đông Sơn", "Cát Vàng", RelationLossStage.Rejected, TestName = "a cue pairs them; the rules read no deal")]
    public void A_gold_pair_is_lost_at_one_stage(string text, string investor, string investee, RelationLossStage expected)
    {
        var dir = Directory.CreateTempSubdirectory("vntech-loss-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "x.txt"), "Tin doanh nghiệp\n\n" + text);
            TinyCorpus.WriteGold(dir, "x", investor, investee, 5_000_000, "USD", "5 triệu USD");
            var loss = RelationLossAnalysis.Run(dir, CorpusEvaluator.LoadGold(dir), Rules).Single();
            Assert.That(loss.Stage, Is.EqualTo(expected));
            Assert.That((loss.Investor, loss.Investee), Is.EqualTo((investor, investee)));
            if (expected == RelationLossStage.Found) Assert.That(loss.AmountCarried, Is.True);
            if (expected == RelationLossStage.NoCandidate) Assert.That(loss.Detail, Is.EqualTo("same sentence"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
