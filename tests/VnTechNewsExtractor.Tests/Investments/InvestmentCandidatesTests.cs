using VnTechNewsExtractor.Investments;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Investments;

/// <summary>
/// The pairs proposed to the relation classifier beyond the rules' own: sentences with only a cue word, and a verb whose
/// object is dropped (the company of the sentence before). The rules never read these; the classifier decides.
/// </summary>
public class InvestmentCandidatesTests
{
    private static readonly ArticleAnalyzer Rules = new(new ArticleAnalyzerOptions { CompanyTagger = null, RelationClassifier = null });

    [TestCase("Tập đoàn Đông Sơn là cổ đông lớn của Công ty Cát Vàng.", "Đông Sơn", "Cát Vàng", TestName = "cổ đông: an ownership cue")]
    [TestCase("Công ty Cát Vàng thuộc sở hữu của Tập đoàn Đông Sơn.", "Đông Sơn", "Cát Vàng", TestName = "thuộc sở hữu: the owner after the cue")]
    [TestCase("Tập đoàn Đông Sơn góp 58% vốn thành lập Công ty Cát Vàng.", "Đông Sơn", "Cát Vàng", TestName = "góp: a founder's contribution")]
    [TestCase("Tập đoàn Đông Sơn vừa công bố kết quả kinh doanh quý III. Công ty Cát Vàng hiện nắm giữ gần 6 triệu cổ phần, chiếm 5,5%.", "Cát Vàng", "Đông Sơn", TestName = "a forward verb without object: the company spoken of before")]
    public void Pairs_are_proposed_that_the_rules_do_not_read(string text, string investor, string investee)
    {
        var doc = Rules.Annotate(PlainTextArticleReader.Read(text));
        var extractor = new InvestmentExtractor();
        var proposed = extractor.Candidates(doc, out _, all: true, forTraining: false);
        Assert.That(proposed, Has.Some.Matches<VnTechNewsExtractor.Investments.Learning.RelationCandidate>(c => c.Investor.Name == investor && c.Investee.Name == investee));
        Assert.That(extractor.Candidates(doc, out _, all: false, forTraining: false), Has.None.Matches<VnTechNewsExtractor.Investments.Learning.RelationCandidate>(
            c => c.Investor.Name == investor && c.Investee.Name == investee), "the rules take no deal from these sentences");
    }
}
