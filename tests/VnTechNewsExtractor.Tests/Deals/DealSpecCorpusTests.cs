using System.Globalization;
using VnTechNewsExtractor.Deals;

namespace VnTechNewsExtractor.Tests.Deals;

/// <summary>
/// The team's own spec corpus (<c>Deals/Fixtures</c>: 13 fictional articles from five sites reporting six deals with
/// different amounts, currencies, names and dates, and two pairs of parties with two rounds each) goes through the
/// whole pipeline (analyzer, then <see cref="DealGraph"/>) and must give exactly the deals of <c>Specs/deals.json</c>.
/// </summary>
public class DealSpecCorpusTests
{
    /// <summary>One expected deal of the spec table.</summary>
    public sealed record ExpectedDeal(string Investor, string Investee, string Kind, string? Amount, decimal? AmountUsd, string? Round,
        string? Date, string? DateFrom, string[] Sources, string[]? InvestorAliases, string[]? InvesteeAliases, string? Note);

    private static string Fixtures => Path.Combine(TestContext.CurrentContext.TestDirectory, "Deals", "Fixtures");

    private static async Task<IReadOnlyList<Deal>> MergeSpecCorpus()
    {
        var analyzer = new ArticleAnalyzer();
        return await DealGraph.MergeAsync(analyzer.AnalyzeFolderAsync(Fixtures));
    }

    private static string Describe(Deal d) => string.Create(CultureInfo.InvariantCulture,
        $"{d.Investor.Name} -> {d.Investee.Name} {d.Kind.ToString().ToLowerInvariant()} {d.Amount?.Text} ({d.AmountUsd} USD) {d.Round} {d.Date}/{d.DateFrom} [{string.Join(", ", d.Sources.Select(s => Path.GetFileName(s.Source)).Order(StringComparer.Ordinal))}]");

    private static string Describe(ExpectedDeal e) => string.Create(CultureInfo.InvariantCulture,
        $"{e.Investor} -> {e.Investee} {e.Kind} {e.Amount} ({e.AmountUsd} USD) {e.Round} {e.Date}/{e.DateFrom} [{string.Join(", ", e.Sources.Order(StringComparer.Ordinal))}]");

    [Test]
    public async Task The_spec_corpus_merges_to_exactly_the_expected_deals()
    {
        var expected = SpecTable.Load<ExpectedDeal>("deals.json");
        var deals = await MergeSpecCorpus();
        var got = deals.Select(Describe).ToList();
        var want = expected.Select(Describe).ToList();

        // Deal level: a deal counts when all its fields and its set of sources are as the table says.
        int right = got.Count(want.Contains);
        double precision = got.Count == 0 ? 0 : (double)right / got.Count, recall = (double)want.Count(got.Contains) / want.Count;
        // Pair level: of the pairs of reports the graph put in one deal, how many the table puts together, and back.
        var gotPairs = Pairs(deals.Select(d => d.Sources.Select(s => Path.GetFileName(s.Source) + "|" + s.Investor + "|" + s.Investee)));
        var gotByFile = deals.SelectMany(d => d.Sources).ToDictionary(s => Path.GetFileName(s.Source), s => Path.GetFileName(s.Source) + "|" + s.Investor + "|" + s.Investee);
        var wantPairs = Pairs(expected.Select(e => e.Sources.Select(f => gotByFile.GetValueOrDefault(f, f))));
        double pairPrecision = gotPairs.Count == 0 ? 1 : (double)gotPairs.Count(wantPairs.Contains) / gotPairs.Count;
        double pairRecall = wantPairs.Count == 0 ? 1 : (double)wantPairs.Count(gotPairs.Contains) / wantPairs.Count;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"spec corpus: {deals.Count} deals merged, {expected.Length} expected; deals P {precision:F3} R {recall:F3}; report pairs P {pairPrecision:F3} R {pairRecall:F3}"));
        foreach (var line in got) TestContext.Out.WriteLine("  got  " + line);

        Assert.That(got, Is.EquivalentTo(want));
        foreach (var e in expected)
        {
            var deal = deals.Single(d => Describe(d) == Describe(e));
            Assert.That(deal.Investor.Aliases, Is.SupersetOf(e.InvestorAliases ?? []), e.Note);
            Assert.That(deal.Investee.Aliases, Is.SupersetOf(e.InvesteeAliases ?? []), e.Note);
        }
    }

    [Test]
    public async Task Every_report_of_the_spec_corpus_names_its_site_url_and_publication_time()
    {
        var deals = await MergeSpecCorpus();
        var sources = deals.SelectMany(d => d.Sources).ToList();
        Assert.That(sources, Has.Count.EqualTo(13));
        Assert.That(sources, Has.All.Matches<DealSource>(s => s.Site!.EndsWith(".example", StringComparison.Ordinal)
            && s.Url!.StartsWith("https://" + s.Site + "/", StringComparison.Ordinal) && s.PublishedAt is not null && s.Evidence.Length > 20));
    }

    private static HashSet<string> Pairs(IEnumerable<IEnumerable<string>> clusters)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var members = cluster.Order(StringComparer.Ordinal).ToList();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++) pairs.Add(members[i] + " & " + members[j]);
        }
        return pairs;
    }
}
