using VnTechNewsExtractor.Deals;
using static VnTechNewsExtractor.Tests.Deals.DealRecords;

namespace VnTechNewsExtractor.Tests.Deals;

/// <summary>How reports of deals become one deal, or stay several: records written by hand, one rule each.</summary>
public class DealGraphTests
{
    private static IReadOnlyList<Deal> Merge(params ArticleAnalysis[] articles) => DealGraph.Merge(articles);

    [Test]
    public void Two_sites_reporting_one_deal_in_two_currencies_give_one_deal_with_both_amounts()
    {
        var deals = Merge(
            Simple("a.example/1", "2021-05-14T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "50 triệu USD", 50_000_000m),
            Simple("b.example/2", "2021-05-15T08:00:00+07:00", "Quỹ Hoa Sen Capital", "Công ty Cổ phần ÉnPay", "1.200 tỷ đồng", 1_200_000_000_000m, "VND"));
        Assert.That(deals, Has.Count.EqualTo(1));
        var deal = deals[0];
        Assert.Multiple(() =>
        {
            Assert.That(deal.Investor.Name, Is.EqualTo("Hoa Sen Capital"));
            Assert.That(deal.Investor.Aliases, Is.EqualTo(new[] { "Quỹ Hoa Sen Capital" }));
            Assert.That(deal.Investee.Name, Is.EqualTo("ÉnPay"));
            Assert.That(deal.Sources.Select(s => s.Site), Is.EqualTo(new[] { "a.example", "b.example" }));
            Assert.That(deal.Amounts.Select(a => a.Currency), Is.EquivalentTo(new[] { "USD", "VND" }));
            var vnd = deal.Amounts.Single(a => a.Currency == "VND");
            // 1.2e12 VND at the 2021 average of 23,159.78 VND per USD.
            Assert.That(vnd.Usd, Is.EqualTo(51_813_964m));
            Assert.That(vnd.UsdFrom, Is.EqualTo("yearlyAverage"));
            Assert.That(vnd.UsdRateYear, Is.EqualTo(2021));
            Assert.That(deal.Amount!.Currency, Is.EqualTo("USD"), "an exact USD figure, reported as often, comes first");
            Assert.That(deal.AmountUsd, Is.EqualTo(50_000_000m));
            Assert.That(deal.Date, Is.EqualTo("2021-05-14"));
            Assert.That(deal.DateFrom, Is.EqualTo("publishedAt"));
            Assert.That(deal.Confidence, Is.EqualTo(0.96), "1 - 0.2 × 0.2");
        });
    }

    [Test]
    public void Series_A_and_Series_B_between_the_same_parties_are_two_deals()
    {
        var deals = Merge(
            Simple("a.example/1", "2021-03-01T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "8 triệu USD", 8_000_000m, round: "Series A"),
            Simple("b.example/2", "2023-06-01T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "50 triệu USD", 50_000_000m, round: "Series B"),
            // Near the Series B in time, naming no round: the Series B.
            Simple("c.example/3", "2023-06-03T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "1.150 tỷ đồng", 1_150_000_000_000m, "VND"));
        Assert.That(deals.Select(d => (d.Round, d.Sources.Count)), Is.EqualTo(new[] { ((string?)"Series A", 1), ("Series B", 2) }));
    }

    [Test]
    public void Rounds_named_differently_but_equal_are_one_round()
    {
        var deals = Merge(
            Simple("a.example/1", "2023-06-01T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", round: "Series B"),
            Simple("b.example/2", "2023-06-02T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", round: "series-B"));
        Assert.That(deals, Has.Count.EqualTo(1));
    }

    [Test]
    public void Dates_far_apart_with_different_amounts_are_two_deals()
    {
        var deals = Merge(
            Simple("a.example/1", "2022-03-08T08:00:00+07:00", "Mekong Xanh", "Nông Sản Số", "3 triệu USD", 3_000_000m),
            Simple("b.example/2", "2024-10-21T08:00:00+07:00", "Mekong Xanh", "Nông Sản Số", "12 triệu USD", 12_000_000m));
        Assert.That(deals.Select(d => d.Date), Is.EqualTo(new[] { "2022-03-08", "2024-10-21" }));
    }

    [Test]
    public void A_later_article_recalling_the_same_amount_is_the_same_deal()
    {
        var deals = Merge(
            Simple("a.example/1", "2022-03-08T08:00:00+07:00", "Mekong Xanh", "Nông Sản Số", "3 triệu USD", 3_000_000m),
            Simple("b.example/2", "2024-10-21T08:00:00+07:00", "Mekong Xanh", "Nông Sản Số", "12 triệu USD", 12_000_000m),
            Simple("c.example/3", "2023-09-01T08:00:00+07:00", "Mekong Xanh", "Nông Sản Số", "3 triệu USD", 3_000_000m));
        Assert.That(deals.Select(d => d.Sources.Count), Is.EqualTo(new[] { 2, 1 }));
        Assert.That(deals[0].Sources.Select(s => s.Source), Is.EqualTo(new[] { "a.example/1", "c.example/3" }));
    }

    [Test]
    public void A_date_stated_in_the_text_wins_over_the_publication_day()
    {
        var deals = Merge(
            Simple("a.example/1", "2022-03-08T08:00:00+07:00", "Mekong Xanh", "Nông Sản Số", "3 triệu USD", 3_000_000m, date: "2022-03"),
            Simple("b.example/2", "2022-03-09T08:00:00+07:00", "Mekong Xanh", "Nông Sản Số", "3 triệu USD", 3_000_000m, date: "2022-03-07"));
        Assert.That((deals.Single().Date, deals.Single().DateFrom), Is.EqualTo(("2022-03-07", "text")));
    }

    [Test]
    public void Sites_differing_on_the_figure_within_days_are_one_deal()
    {
        var deals = Merge(
            Simple("a.example/1", "2024-02-10T08:00:00+07:00", "Bình Minh", "Trường An", "90 triệu USD", 90_000_000m, kind: InvestmentKind.Acquisition),
            Simple("b.example/2", "2024-02-11T08:00:00+07:00", "Bình Minh", "Trường An", "120 triệu USD", 120_000_000m, kind: InvestmentKind.Acquisition));
        Assert.That(deals.Single().Amounts, Has.Count.EqualTo(2));
    }

    [Test]
    public void An_alias_an_article_states_joins_the_names_in_every_article()
    {
        var text = "Quỹ Hoa Sen Capital đầu tư vào Công ty Cổ phần Én Bay (ÉnPay).";
        var statesBoth = Article("b.example/2", "2024-05-15T10:00:00+07:00", text,
            [Named(text, "Hoa Sen Capital"), Named(text, "Én Bay", "ÉnPay")],
            new InvestmentRelation("Hoa Sen Capital", "Én Bay", InvestmentKind.Investment, new Evidence(0, text.Length, text), 0.9));
        var deals = Merge(Simple("a.example/1", "2024-05-14T08:30:00+07:00", "Hoa Sen Capital", "ÉnPay"), statesBoth,
            Simple("c.example/3", "2024-05-16T08:30:00+07:00", "Hoa Sen Capital", "ÉnPay"));
        Assert.That(deals, Has.Count.EqualTo(1));
        Assert.That(deals[0].Investee, Is.EqualTo(new DealCompany("ÉnPay", ["Én Bay"])).Using<DealCompany>((a, b) => a.Name == b.Name && a.Aliases.SequenceEqual(b.Aliases)));
    }

    [Test]
    public void A_stock_code_stated_after_a_name_joins_the_articles_that_use_only_the_code()
    {
        var text = "Tập đoàn Bình Minh (HoSE: BMG) mua lại toàn bộ Dược phẩm Trường An.";
        var first = Article("a.example/1", "2025-02-10T14:00:00+07:00", text,
            [Named(text, "Bình Minh"), Named(text, "Dược phẩm Trường An")],
            new InvestmentRelation("Bình Minh", "Dược phẩm Trường An", InvestmentKind.Acquisition, new Evidence(0, text.Length, text), 0.9));
        var second = Simple("b.example/2", "2025-02-11T14:00:00+07:00", "BMG", "Dược phẩm Trường An", kind: InvestmentKind.Acquisition);
        var deals = Merge(first, second);
        Assert.That(deals, Has.Count.EqualTo(1));
        Assert.That(deals[0].Investor.Name, Is.EqualTo("Bình Minh"), "a name before a stock code");
        Assert.That(deals[0].Investor.Aliases, Does.Contain("BMG"));
    }

    [TestCase("MoMo", "M-Service")]
    [TestCase("Thế Giới Di Động", "MWG")]
    [TestCase("Công ty Cổ phần Thế Giới Di Động", "TGDĐ")]
    public void Names_the_gazetteer_knows_as_one_company_are_one(string first, string second)
    {
        var deals = Merge(
            Simple("a.example/1", "2024-01-10T08:00:00+07:00", "Quỹ Sao Khuê", first, "10 triệu USD", 10_000_000m),
            Simple("b.example/2", "2024-01-11T08:00:00+07:00", "Quỹ Sao Khuê", second, "10 triệu USD", 10_000_000m));
        Assert.That(deals, Has.Count.EqualTo(1));
    }

    [Test]
    public void Accents_and_case_do_not_separate_names()
    {
        var deals = Merge(
            Simple("a.example/1", "2024-01-10T08:00:00+07:00", "Tập đoàn Bình Minh", "Trường An", kind: InvestmentKind.Acquisition),
            Simple("b.example/2", "2024-01-11T08:00:00+07:00", "BINH MINH GROUP", "TRUONG AN", kind: InvestmentKind.Acquisition));
        Assert.That(deals, Has.Count.EqualTo(1));
    }

    [Test]
    public void The_two_directions_of_a_pair_are_two_deals_and_a_company_investing_in_itself_is_dropped()
    {
        var graph = new DealGraph();
        graph.Add(Simple("a.example/1", "2024-01-10T08:00:00+07:00", "Masan", "Phúc Long"));
        graph.Add(Simple("b.example/2", "2024-01-11T08:00:00+07:00", "Phúc Long", "Masan"));
        graph.Add(Simple("c.example/3", "2024-01-12T08:00:00+07:00", "MWG", "Thế Giới Di Động"));
        var deals = graph.Build();
        Assert.That(deals.Select(d => $"{d.Investor.Name}>{d.Investee.Name}"), Is.EquivalentTo(new[] { "Masan>Phúc Long", "Phúc Long>Masan" }));
        Assert.That(graph.SelfDeals, Is.EqualTo(1));
    }

    [Test]
    public void The_same_record_given_twice_counts_once()
    {
        var article = Simple("a.example/1", "2024-01-10T08:00:00+07:00", "Masan", "Phúc Long", "5 triệu USD", 5_000_000m);
        var graph = new DealGraph();
        graph.AddRange([article, article]);
        Assert.That(graph.Build().Single().Sources, Has.Count.EqualTo(1));
        Assert.That(graph.DuplicateReports, Is.EqualTo(1));
    }

    [Test]
    public void The_USD_figure_an_article_states_beside_the_amount_is_used()
    {
        var text = "BMG mua lại toàn bộ Dược phẩm Trường An với giá 2.300 tỷ đồng (khoảng 90,5 triệu USD).";
        int vnd = text.IndexOf("2.300 tỷ đồng", StringComparison.Ordinal), usd = text.IndexOf("khoảng 90,5 triệu USD", StringComparison.Ordinal);
        var vndAmount = new MoneyAmount("2.300 tỷ đồng", vnd, vnd + 13, 2_300_000_000_000m, "VND");
        var usdAmount = new MoneyAmount("khoảng 90,5 triệu USD", usd, usd + 21, 90_500_000m, "USD") { Approximate = true };
        var article = Article("a.example/1", "2025-02-11T07:45:00+07:00", text, [Named(text, "BMG"), Named(text, "Dược phẩm Trường An")],
            new InvestmentRelation("BMG", "Dược phẩm Trường An", InvestmentKind.Acquisition, new Evidence(0, text.Length, text), 0.9) { Amount = vndAmount })
            with { Money = [vndAmount, usdAmount] };
        var amount = Merge(article).Single().Amount!;
        Assert.That((amount.Usd, amount.UsdFrom, amount.UsdRateYear), Is.EqualTo(((decimal?)90_500_000m, (string?)"article", (int?)null)));
    }

    [TestCase("2019", 2019, 23050.24)]
    [TestCase("2021-06", 2021, 23159.78)]
    [TestCase("2025-02-10", 2021, 23159.78)] // past the table: its last year, and the deal says which
    public void A_VND_amount_gets_the_yearly_average_of_its_year(string date, int rateYear, double rate)
    {
        var deal = Merge(Simple("a.example/1", "2025-02-11T07:45:00+07:00", "Bình Minh", "Trường An", "2.300 tỷ đồng", 2_300_000_000_000m, "VND", date: date)).Single();
        Assert.That(deal.Amount!.UsdRateYear, Is.EqualTo(rateYear));
        Assert.That(deal.AmountUsd, Is.EqualTo(Math.Round(2_300_000_000_000m / (decimal)rate, 0, MidpointRounding.AwayFromZero)));
    }

    [Test]
    public void A_VND_amount_before_the_table_has_no_USD_figure()
    {
        var deal = Merge(Simple("a.example/1", "1998-02-11T07:45:00+07:00", "Bình Minh", "Trường An", "23 tỷ đồng", 23_000_000_000m, "VND")).Single();
        Assert.That((deal.AmountUsd, deal.Amount!.UsdFrom), Is.EqualTo(((decimal?)null, (string?)null)));
    }

    [Test]
    public void Ids_and_deals_do_not_depend_on_the_order_of_the_articles()
    {
        ArticleAnalysis[] articles =
        [
            Simple("a.example/1", "2021-03-01T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "8 triệu USD", 8_000_000m, round: "Series A"),
            Simple("b.example/2", "2023-06-01T08:00:00+07:00", "Hoa Sen Capital", "ÉnPay", "50 triệu USD", 50_000_000m, round: "Series B"),
            Simple("c.example/3", "2023-06-02T08:00:00+07:00", "Quỹ Hoa Sen Capital", "ÉnPay", "50 triệu USD", 50_000_000m),
            Simple("d.example/4", "2024-01-01T08:00:00+07:00", "Masan", "Phúc Long", stake: 20, kind: InvestmentKind.Stake),
        ];
        var forward = Merge(articles);
        var backward = Merge([.. articles.Reverse()]);
        Assert.That(backward.Select(d => (d.Id, d.Sources.Count)), Is.EqualTo(forward.Select(d => (d.Id, d.Sources.Count))));
        Assert.That(forward.Select(d => d.Id).Distinct().Count(), Is.EqualTo(forward.Count));
    }

    [Test]
    public async Task Records_stream_in_asynchronously()
    {
        static async IAsyncEnumerable<ArticleAnalysis> Stream()
        {
            for (int i = 0; i < 3; i++)
            {
                await Task.Yield();
                yield return Simple($"s{i}.example/{i}", $"2024-01-1{i}T08:00:00+07:00", "Masan", "Phúc Long", "5 triệu USD", 5_000_000m);
            }
        }
        var deals = await DealGraph.MergeAsync(Stream());
        Assert.That(deals.Single().Sources, Has.Count.EqualTo(3));
    }
}
