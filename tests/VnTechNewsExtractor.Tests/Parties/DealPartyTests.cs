using System.Text.Json;
using VnTechNewsExtractor.Parties;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Tests.Parties;

/// <summary>
/// Typed records (issue 19): each deal's investor and investee get a typed party (kind, and the company they are in the
/// record's companies) beside the name strings, the date a partial date beside its ISO text, the stake a decimal.
/// </summary>
public class DealPartyTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    // Title, then one body paragraph; the deal is in the body. Expected: investor (name, kind), investee (name, kind).
    private static readonly object[] Deals =
    [
        new object[] { "Quỹ Lotus Ventures rót 25 triệu USD vào startup Hải Âu Logistics.", "Lotus Ventures", PartyKind.Fund, "Hải Âu Logistics", PartyKind.Company },
        // Only the designator before the name says fund: "Mekong Tiên Phong" alone could be anything.
        new object[] { "Ngày 28/3/2024, quỹ đầu tư Mekong Tiên Phong rót 5 triệu USD vào startup Kite Labs, nắm 12,5% cổ phần.", "Mekong Tiên Phong", PartyKind.Fund, "Kite Labs", PartyKind.Company },
        new object[] { "Ông Trần Minh Khoa đã đầu tư 2 triệu USD vào startup Kite Labs để nắm 10% cổ phần.", "Trần Minh Khoa", PartyKind.Person, "Kite Labs", PartyKind.Company },
        new object[] { "Tổng công ty Đầu tư và Kinh doanh vốn Nhà nước (SCIC) đã mua 29% cổ phần của Công ty cổ phần Nhựa Bình Minh năm 2019.", "SCIC", PartyKind.StateBody, "Nhựa Bình Minh", PartyKind.Company },
        new object[] { "Tập đoàn Sông Hồng đã mua lại toàn bộ Công ty cổ phần Mây Xanh với giá 1.200 tỷ đồng.", "Sông Hồng", PartyKind.Company, "Mây Xanh", PartyKind.Company },
    ];

    private static ArticleAnalysis Analyse(string sentence) => Analyzer.AnalyzeText($"Tin doanh nghiệp\n\n{sentence}", "deal.txt");

    [TestCaseSource(nameof(Deals))]
    public void Each_party_has_a_kind_and_links_to_its_company(string sentence, string investor, PartyKind investorKind, string investee, PartyKind investeeKind)
    {
        var analysis = Analyse(sentence);
        var deal = analysis.Investments.Single(d => d.Investor == investor && d.Investee == investee);
        Assert.Multiple(() =>
        {
            Assert.That(deal.InvestorParty.Name, Is.EqualTo(deal.Investor));
            Assert.That(deal.InvestorParty.Kind, Is.EqualTo(investorKind), "investor");
            Assert.That(deal.InvesteeParty.Name, Is.EqualTo(deal.Investee));
            Assert.That(deal.InvesteeParty.Kind, Is.EqualTo(investeeKind), "investee");
        });
        foreach (var party in new[] { deal.InvestorParty, deal.InvesteeParty })
        {
            if (party.Kind == PartyKind.Person)
                Assert.That(party.CompanyIndex, Is.Null, $"{party.Name} is a person, not one of the companies");
            else
                Assert.That(analysis.Companies[party.CompanyIndex!.Value].Name, Is.EqualTo(party.Name), $"{party.Name} links to its company");
        }
    }

    [Test]
    public void The_date_is_typed_beside_its_text_and_the_stake_is_a_decimal()
    {
        var deal = Analyse((string)((object[])Deals[1])[0]).Investments.Single();
        Assert.Multiple(() =>
        {
            Assert.That(deal.Date, Is.EqualTo("2024-03-28"));
            Assert.That(deal.DateParts, Is.EqualTo(new PartialDate(2024, 3, 28)));
            Assert.That(deal.StakePercent, Is.EqualTo(12.5m));
        });
    }

    [Test]
    public void The_json_keeps_its_fields_and_adds_the_typed_ones_beside_them()
    {
        var json = JsonDocument.Parse(ArticleJson.Serialize(Analyse((string)((object[])Deals[1])[0]))).RootElement;
        var deal = json.GetProperty("investments")[0];
        Assert.Multiple(() =>
        {
            Assert.That(deal.GetProperty("investor").GetString(), Is.EqualTo("Mekong Tiên Phong"));
            Assert.That(deal.GetProperty("investee").GetString(), Is.EqualTo("Kite Labs"));
            Assert.That(deal.GetProperty("date").GetString(), Is.EqualTo("2024-03-28"));
            Assert.That(deal.GetProperty("stakePercent").GetRawText(), Is.EqualTo("12.5"));
            Assert.That(deal.GetProperty("investorParty").GetRawText(), Is.EqualTo("""{"name":"Mekong Tiên Phong","kind":"fund","companyIndex":0}"""));
            Assert.That(deal.GetProperty("investeeParty").GetRawText(), Is.EqualTo("""{"name":"Kite Labs","kind":"company","companyIndex":1}"""));
            Assert.That(deal.GetProperty("dateParts").GetRawText(), Is.EqualTo("""{"year":2024,"month":3,"day":28}"""));
        });
        var read = ArticleJson.Deserialize(json.GetRawText())!.Investments[0];
        Assert.That(read.InvestorParty, Is.EqualTo(new DealParty("Mekong Tiên Phong", PartyKind.Fund, 0)), "reads back");
    }

    [Test]
    public void A_relation_built_by_hand_reports_its_names_as_unknown_parties()
    {
        var deal = new InvestmentRelation("Amazon", "Anthropic", InvestmentKind.Investment, new Evidence(0, 1, "x"), 0.9);
        Assert.Multiple(() =>
        {
            Assert.That(deal.InvestorParty, Is.EqualTo(new DealParty("Amazon", PartyKind.Unknown, null)));
            Assert.That(deal.InvesteeParty, Is.EqualTo(new DealParty("Anthropic", PartyKind.Unknown, null)));
            Assert.That(deal.DateParts, Is.Null);
        });
    }

    [TestCase("2024", 2024, null, null)]
    [TestCase("2024-03", 2024, 3, null)]
    [TestCase("2024-03-28", 2024, 3, 28)]
    [TestCase("2024-02-29", 2024, 2, 29)]
    public void A_partial_date_reads_and_writes_its_iso_text(string iso, int year, int? month, int? day)
    {
        Assert.That(PartialDate.TryParse(iso, out var date), Is.True);
        Assert.That(date, Is.EqualTo(new PartialDate(year, month, day)));
        Assert.That(date.ToString(), Is.EqualTo(iso));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("24")]
    [TestCase("2024-13")]
    [TestCase("2023-02-29")]
    [TestCase("2024-3")]
    [TestCase("2024-03-28-01")]
    [TestCase("năm 2024")]
    public void Anything_else_is_no_partial_date(string? text) => Assert.That(PartialDate.TryParse(text, out _), Is.False);

    // Whole words only: "Capitalland" is no fund, "toàn bộ" no ministry.
    [TestCase("blue harbor capital", "capital", true)]
    [TestCase("capitalland", "capital", false)]
    [TestCase("ubnd tp hcm", "ubnd", true)]
    [TestCase("đầu tư và kinh doanh vốn nhà nước", "nhà nước", true)]
    [TestCase("bộ tài chính", "bộ", true)]
    [TestCase("bộc lộ", "bộ", false)]
    public void Kind_words_match_whole_words(string form, string phrase, bool expected) =>
        Assert.That(PartyResolver.HasPhrase(form, [phrase]), Is.EqualTo(expected));
}
