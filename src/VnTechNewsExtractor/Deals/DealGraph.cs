using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Deals;

/// <summary>
/// Merges the deals of any number of analysed articles into one table: reports of one deal by several sites, in
/// different currencies and under different names, become one <see cref="Deal"/> with every report as a source; two
/// rounds between the same parties stay two deals.
/// </summary>
/// <remarks>
/// <para>Articles stream in through <see cref="Add"/> (or <see cref="AddRange"/> / <see cref="AddRangeAsync"/>); only
/// each relation's facts and evidence sentence are kept, never an article's text, so memory grows with the number of
/// deal reports, not of articles. <see cref="Build"/> then resolves names and clusters the reports.</para>
/// <para><b>Names.</b> Two names are one company when their <see cref="CompanyKey"/>s are equal (case, accents,
/// designators and legal suffixes aside), when an article lists one as the other's alias (<see cref="Company.Aliases"/>)
/// or states it as its stock code ("Bình Minh (HoSE: BMG)"), or when the gazetteer knows both as one company; these
/// links hold across articles. The canonical name is the gazetteer's, else the form reports use most.</para>
/// <para><b>Deals.</b> Reports with the same investor and investee (in that direction) are clustered in date order;
/// see <see cref="DealCluster.Accepts"/> and <see cref="DealGraphOptions"/>. A report whose investor and investee turn
/// out to be one company is dropped (<see cref="SelfDeals"/>); the same relation of the same article given twice counts
/// once (<see cref="DuplicateReports"/>).</para>
/// <para>Not thread-safe: add from one thread at a time.</para>
/// </remarks>
public sealed class DealGraph
{
    private readonly DealGraphOptions _options;
    private readonly CompanyIdentities _names;
    private readonly List<DealReport> _reports = [];
    private readonly HashSet<(string Source, string Investor, string Investee, int Evidence)> _seen = [];

    /// <summary>Creates an empty graph.</summary>
    public DealGraph(DealGraphOptions? options = null)
    {
        _options = options ?? new DealGraphOptions();
        _names = new CompanyIdentities(_options.Gazetteer);
    }

    /// <summary>Articles added.</summary>
    public int Articles { get; private set; }

    /// <summary>Deal reports (relations) kept from them.</summary>
    public int Reports => _reports.Count;

    /// <summary>Relations given again (the same article, parties and sentence), counted once.</summary>
    public int DuplicateReports { get; private set; }

    /// <summary>Relations dropped by the last <see cref="Build"/> because both parties are one company.</summary>
    public int SelfDeals { get; private set; }

    /// <summary>The deals of <paramref name="articles"/>.</summary>
    public static IReadOnlyList<Deal> Merge(IEnumerable<ArticleAnalysis> articles, DealGraphOptions? options = null)
    {
        var graph = new DealGraph(options);
        graph.AddRange(articles);
        return graph.Build();
    }

    /// <summary>The deals of <paramref name="articles"/>, read as they stream.</summary>
    public static async Task<IReadOnlyList<Deal>> MergeAsync(IAsyncEnumerable<ArticleAnalysis> articles, DealGraphOptions? options = null, CancellationToken cancellationToken = default)
    {
        var graph = new DealGraph(options);
        await graph.AddRangeAsync(articles, cancellationToken).ConfigureAwait(false);
        return graph.Build();
    }

    /// <summary>Adds every article of <paramref name="articles"/>.</summary>
    public void AddRange(IEnumerable<ArticleAnalysis> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var a in articles) Add(a);
    }

    /// <summary>Adds every article of <paramref name="articles"/> as it arrives.</summary>
    public async Task AddRangeAsync(IAsyncEnumerable<ArticleAnalysis> articles, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await foreach (var a in articles.WithCancellation(cancellationToken).ConfigureAwait(false)) Add(a);
    }

    /// <summary>Adds one article: the names it states as one company, and its deals.</summary>
    public void Add(ArticleAnalysis article)
    {
        ArgumentNullException.ThrowIfNull(article);
        Articles++;
        foreach (var company in article.Companies)
        {
            _names.Register(company.Name, usedByDeal: false);
            // An alias across a line break is a recogniser's slip over two paragraphs, not a name.
            foreach (var alias in company.Aliases)
                if (alias.AsSpan().IndexOfAny('\n', '\r') < 0) _names.Join(company.Name, alias);
        }
        foreach (var (company, code) in TickerStatements.Find(article)) _names.Join(company, code);
        foreach (var inv in article.Investments)
        {
            if (string.IsNullOrWhiteSpace(inv.Investor) || string.IsNullOrWhiteSpace(inv.Investee)) continue;
            if (!_seen.Add((article.Source, inv.Investor, inv.Investee, inv.Evidence.Start)))
            {
                DuplicateReports++;
                continue;
            }
            var investorKey = _names.Register(inv.Investor, usedByDeal: true);
            var investeeKey = _names.Register(inv.Investee, usedByDeal: true);
            var when = DateInterval.Parse(inv.Date)
                ?? (article.PublishedAt is { } p ? DateInterval.Parse(p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null);
            _reports.Add(new DealReport
            {
                InvestorKey = investorKey,
                InvesteeKey = investeeKey,
                Source = new DealSource(article.Source, inv.Evidence.Text)
                {
                    Url = article.Url,
                    Site = article.Site,
                    PublishedAt = article.PublishedAt,
                    Investor = inv.Investor.Trim(),
                    Investee = inv.Investee.Trim(),
                    Kind = inv.Kind,
                    Amount = inv.Amount?.Text,
                    Date = inv.Date,
                    Confidence = inv.Confidence,
                },
                Amount = AmountOf(inv, article),
                StakePercent = inv.StakePercent,
                Round = inv.Round,
                RoundKey = RoundKey(inv.Round),
                When = when,
                Sequence = _reports.Count,
            });
        }
    }

    /// <summary>The deals of everything added so far, by date (undated last), then investor and investee.</summary>
    public IReadOnlyList<Deal> Build()
    {
        var members = _names.Members();
        var parties = new Dictionary<int, DealCompany>();
        DealCompany PartyOf(int root)
        {
            if (!parties.TryGetValue(root, out var p)) parties[root] = p = _names.Party(root, members);
            return p;
        }
        SelfDeals = 0;
        var groups = new Dictionary<(int Investor, int Investee), List<DealReport>>();
        foreach (var r in _reports)
        {
            var key = (_names.Root(r.InvestorKey), _names.Root(r.InvesteeKey));
            if (key.Item1 == key.Item2)
            {
                SelfDeals++;
                continue;
            }
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(r);
        }
        var deals = new List<(Deal Deal, DateOnly? First)>();
        foreach (var ((investor, investee), reports) in groups.OrderBy(g => g.Value[0].Sequence))
        {
            foreach (var cluster in Cluster(reports))
            {
                var deal = Make(cluster, PartyOf(investor), PartyOf(investee), _names.KeyOf(investor), _names.KeyOf(investee));
                deals.Add((deal, DateInterval.Parse(deal.Date)?.First));
            }
        }
        return deals
            .OrderBy(d => d.First is null).ThenBy(d => d.First)
            .ThenBy(d => d.Deal.Investor.Name, StringComparer.Ordinal).ThenBy(d => d.Deal.Investee.Name, StringComparer.Ordinal)
            .ThenBy(d => d.Deal.Id, StringComparer.Ordinal)
            .Select(d => d.Deal).ToList();
    }

    private List<DealCluster> Cluster(List<DealReport> reports)
    {
        // Dated reports in date order, so a deal's dates grow from its first report; undated ones join the nearest deal last.
        var ordered = reports.OrderBy(r => r.When is null).ThenBy(r => r.When?.First).ThenBy(r => r.Sequence);
        var clusters = new List<DealCluster>();
        foreach (var report in ordered)
        {
            DealCluster? best = null;
            int bestGap = int.MaxValue;
            foreach (var c in clusters)
            {
                if (c.Accepts(report, _options, out var gap) && gap < bestGap)
                {
                    best = c;
                    bestGap = gap;
                }
            }
            if (best is null) clusters.Add(best = new DealCluster());
            best.Add(report);
        }
        return clusters;
    }

    private static Deal Make(DealCluster cluster, DealCompany investor, DealCompany investee, string investorKey, string investeeKey)
    {
        var reports = cluster.Reports.OrderBy(r => r.Source.PublishedAt is null).ThenBy(r => r.Source.PublishedAt)
            .ThenBy(r => r.Source.Source, StringComparer.Ordinal).ThenBy(r => r.Sequence).ToList();
        var kind = reports.GroupBy(r => r.Source.Kind)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Max(r => r.Source.Confidence)).ThenBy(g => g.Key).First().Key;
        var amounts = reports.Where(r => r.Amount is not null)
            .GroupBy(r => (r.Amount!.Currency, r.Amount.Value, r.Amount.Max))
            // Of one figure's reports, the one whose USD figure is surest: the article's own over a yearly average.
            .Select(g => (Amount: g.OrderBy(r => UsdRank(r.Amount!.UsdFrom)).ThenBy(r => r.Sequence).First().Amount! with { Reports = g.Count() }, First: g.Min(r => r.Sequence)))
            .OrderByDescending(a => a.Amount.Reports)
            .ThenBy(a => a.Amount.Approximate || a.Amount.AtLeast || a.Amount.AtMost)
            .ThenBy(a => a.First)
            .Select(a => a.Amount).ToList();
        var stake = reports.Where(r => r.StakePercent is not null).GroupBy(r => r.StakePercent!.Value)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(r => r.Sequence)).Select(g => (decimal?)g.Key).FirstOrDefault();
        var round = reports.Where(r => r.Round is not null).GroupBy(r => r.RoundKey)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(r => r.Sequence)).Select(g => g.First().Round).FirstOrDefault();
        var (date, dateFrom) = BestDate(reports);
        double doubt = 1;
        // One article is one witness, however many of its sentences state the deal (names merged across its pairs).
        foreach (var perArticle in reports.GroupBy(r => r.Source.Source, StringComparer.Ordinal))
            doubt *= 1 - Math.Clamp(perArticle.Max(r => r.Source.Confidence), 0, 1);
        var first = reports.OrderBy(r => r.Sequence).First();
        return new Deal
        {
            Id = IdOf(investorKey, investeeKey, reports),
            Investor = investor,
            Investee = investee,
            Kind = kind,
            Amount = amounts.FirstOrDefault(),
            Amounts = amounts,
            AmountUsd = amounts.FirstOrDefault()?.Usd ?? amounts.FirstOrDefault(a => a.Usd is not null)?.Usd,
            StakePercent = stake,
            Round = round,
            Date = date,
            DateFrom = dateFrom,
            Confidence = Math.Round(Math.Min(0.99, 1 - doubt), 2),
            Sources = reports.Select(r => r.Source).ToList(),
        };
    }

    private static int UsdRank(string? from) => from switch
    {
        "amount" => 0,
        "article" => 1,
        "yearlyAverage" => 2,
        _ => 3,
    };

    /// <summary>The most precise date a report's text gives (then the most given, then the earliest), else the first publication day.</summary>
    private static (string? Date, string? From) BestDate(List<DealReport> reports)
    {
        var stated = reports.Select(r => (Text: r.Source.Date, When: DateInterval.Parse(r.Source.Date)))
            .Where(d => d.When is not null)
            .GroupBy(d => d.Text!, StringComparer.Ordinal)
            .OrderBy(g => g.First().When!.Value.Last.DayNumber - g.First().When!.Value.First.DayNumber)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.First().When!.Value.First)
            .Select(g => g.Key).FirstOrDefault();
        if (stated is not null) return (stated, "text");
        var published = reports.Where(r => r.Source.PublishedAt is not null).Select(r => r.Source.PublishedAt!.Value).OrderBy(p => p).FirstOrDefault();
        return published == default ? (null, null) : (published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "publishedAt");
    }

    private static string IdOf(string investorKey, string investeeKey, List<DealReport> reports)
    {
        var first = reports.OrderBy(r => r.Source.Source, StringComparer.Ordinal).ThenBy(r => r.Source.Evidence, StringComparer.Ordinal).First();
        var text = string.Join('\u001F', investorKey, investeeKey, first.Source.Source, first.Source.Evidence);
        return "d" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12].ToLowerInvariant();
    }

    /// <summary>"Series B", "series-b", "vòng Series B" compare equal.</summary>
    private static string? RoundKey(string? round)
    {
        if (string.IsNullOrWhiteSpace(round)) return null;
        var key = CompanyKeyless(TextNormalizer.ForMatching(round.Trim()));
        return key.StartsWith("vong", StringComparison.Ordinal) && key.Length > 4 ? key[4..] : key;
    }

    private static string CompanyKeyless(string lower)
    {
        var sb = new StringBuilder(lower.Length);
        foreach (var c in CompanyKey.WithoutAccents(lower))
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private DealAmount? AmountOf(InvestmentRelation inv, ArticleAnalysis article)
    {
        if (inv.Amount is not { Value: { } value } money || money.Vague) return null;
        var amount = new DealAmount(money.Text, value, money.Currency)
        {
            Max = money.Max,
            Approximate = money.Approximate,
            AtLeast = money.AtLeast,
            AtMost = money.AtMost,
        };
        if (string.Equals(money.Currency, "USD", StringComparison.OrdinalIgnoreCase)) return amount with { Usd = value, UsdFrom = "amount" };
        if (StatedUsd(money, article) is { } stated) return amount with { Usd = stated, UsdFrom = "article" };
        int? year = int.TryParse(inv.Date is { Length: >= 4 } d ? d[..4] : null, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : article.PublishedAt?.Year;
        if (year is { } yr && _options.ExchangeRates.ToUsd(value, money.Currency, yr, out var rateYear) is { } usd)
            return amount with { Usd = usd, UsdFrom = "yearlyAverage", UsdRateYear = rateYear };
        return amount;
    }

    private static readonly string[] BetweenWords = ["tương đương", "tương ứng", "khoảng", "tức", "hay", "là", "gần", "hơn", "xấp xỉ", "chừng"];

    /// <summary>
    /// The USD figure the article gives right beside <paramref name="money"/>: "2.300 tỷ đồng (khoảng 90,5 triệu USD)",
    /// "90,5 triệu USD (2.300 tỷ đồng)", "… tỷ đồng, tương đương … USD". Only brackets, punctuation and a few linking words
    /// may stand between the two.
    /// </summary>
    private static decimal? StatedUsd(MoneyAmount money, ArticleAnalysis article)
    {
        var text = article.Text;
        foreach (var other in article.Money)
        {
            if (other.Vague || other.Value is not { } v || !string.Equals(other.Currency, "USD", StringComparison.OrdinalIgnoreCase)) continue;
            int from = other.Start >= money.End ? money.End : other.End;
            int to = other.Start >= money.End ? other.Start : money.Start;
            if (from < 0 || to > text.Length || to < from || to - from > 32) continue;
            var between = TextNormalizer.ForMatching(text[from..to]);
            foreach (var w in BetweenWords) between = between.Replace(w, " ", StringComparison.Ordinal);
            if (between.All(c => char.IsWhiteSpace(c) || c is '(' or ')' or ',' or '-' or '–' or '~' or '=' or ':' or '/')) return v;
        }
        return null;
    }
}
