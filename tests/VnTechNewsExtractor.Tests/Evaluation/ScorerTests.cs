using VnTechNewsExtractor.Evaluation;

namespace VnTechNewsExtractor.Tests.Evaluation;

public class ScorerTests
{
    private static readonly GoldArticle Gold = new()
    {
        Id = "g",
        Aliases = [["Google", "Alphabet"]],
        Companies = new GoldCompanies { Required = ["Google", "Anthropic"], Optional = ["CNBC"], Forbidden = ["Claude"] },
        Money = [new GoldMoney { Text = "2 tỷ USD", Value = 2_000_000_000, Currency = "USD" }, new GoldMoney { Text = "hàng tỷ USD", Currency = "USD", Vague = true }],
        Investments = [new GoldInvestment { Investor = "Google", Investee = "Anthropic", Amounts = [2_000_000_000], Currency = "USD" }],
        OptionalInvestments = [new GoldInvestment { Investor = "Amazon", Investee = "Anthropic" }],
    };

    [Test]
    public void Aliases_designators_and_optional_items_are_handled_as_the_guide_says()
    {
        var money = new MoneyAmount("2 tỷ USD", 0, 8, 2_000_000_000, "USD");
        var predicted = new ArticleAnalysis
        {
            Source = "g.txt",
            Companies = [new Company("Alphabet", [new TextSpan(0, 8)]), new Company("startup Anthropic", [new TextSpan(9, 26)]), new Company("CNBC", [new TextSpan(27, 31)]), new Company("Claude", [new TextSpan(32, 38)])],
            Money = [new MoneyAmount("2,01 tỷ USD", 0, 8, 2_010_000_000, "USD"), new MoneyAmount("hàng tỷ USD", 9, 20, null, "USD") { Vague = true }, new MoneyAmount("5 USD", 21, 26, 5, "USD")],
            Investments =
            [
                new InvestmentRelation("Alphabet", "Anthropic", InvestmentKind.Pledge, new Evidence(0, 1, "x"), 0.9) { Amount = money },
                new InvestmentRelation("Amazon", "Anthropic", InvestmentKind.Investment, new Evidence(0, 1, "x"), 0.9),
                new InvestmentRelation("Anthropic", "Google", InvestmentKind.Investment, new Evidence(0, 1, "x"), 0.9),
            ],
        };
        var score = Scorer.Score(Gold, predicted);
        Assert.Multiple(() =>
        {
            Assert.That((score.Companies.PrecisionHits, score.Companies.Predicted, score.Companies.TruePositives, score.Companies.Gold), Is.EqualTo((3, 4, 2, 2)));
            Assert.That((score.Money.TruePositives, score.Money.Predicted, score.Money.Gold), Is.EqualTo((2, 3, 2)));
            Assert.That((score.Investments.TruePositives, score.Investments.Predicted, score.Investments.Gold), Is.EqualTo((1, 2, 1)), "the optional pair is not counted; the reversed pair is wrong");
            Assert.That(score.Amounts.Recall, Is.EqualTo(1.0));
            Assert.That(score.ExtraCompanies, Is.EqualTo(new[] { "Claude" }));
        });
    }

    [TestCase("Công ty Cổ phần Vinamilk", "vinamilk")]
    [TestCase("Apple Inc.", "apple")]
    [TestCase("Tập đoàn Hoà Phát", "hòa phát")]
    [TestCase("Mistral AI", "mistral ai")]
    public void Names_are_compared_without_designators_suffixes_case_or_punctuation(string name, string key) =>
        Assert.That(NameMatcher.Normalize(name), Is.EqualTo(key));
}
