using System.Globalization;

namespace VnTechNewsExtractor.Tests.Deals;

/// <summary>Article records written by hand for the deal-merging tests: text, companies and relations with real offsets.</summary>
internal static class DealRecords
{
    /// <summary>
    /// An article whose text is <paramref name="sentence"/>; <paramref name="companies"/> are found in it (with their
    /// aliases), and each relation's amount, when named, is the money of that text.
    /// </summary>
    public static ArticleAnalysis Article(string source, string? published, string sentence, IReadOnlyList<Company> companies, params InvestmentRelation[] deals) => new()
    {
        Source = source,
        Url = $"https://{source.Split('/')[0]}/{source.Split('/')[^1]}",
        Site = source.Split('/')[0],
        IsArticle = true,
        PublishedAt = published is null ? null : DateTimeOffset.Parse(published, CultureInfo.InvariantCulture),
        Text = sentence,
        Companies = companies,
        Money = deals.Select(d => d.Amount).OfType<MoneyAmount>().ToList(),
        Investments = deals,
    };

    /// <summary>An article of one sentence and one deal.</summary>
    public static ArticleAnalysis Simple(string source, string? published, string investor, string investee, string? amount = null,
        decimal? value = null, string currency = "USD", string? round = null, string? date = null, InvestmentKind kind = InvestmentKind.Investment, double confidence = 0.8, double? stake = null)
    {
        var sentence = $"{investor} đầu tư {amount ?? "vốn"} vào {investee}.";
        MoneyAmount? money = amount is null ? null : new MoneyAmount(amount, sentence.IndexOf(amount, StringComparison.Ordinal), sentence.IndexOf(amount, StringComparison.Ordinal) + amount.Length, value, currency);
        var relation = new InvestmentRelation(investor, investee, kind, new Evidence(0, sentence.Length, sentence), confidence)
        {
            Amount = money,
            Round = round,
            Date = date,
            StakePercent = (decimal?)stake,
        };
        return Article(source, published, sentence, [Named(sentence, investor), Named(sentence, investee)], relation);
    }

    /// <summary>A company with its mentions in <paramref name="text"/> and the given aliases.</summary>
    public static Company Named(string text, string name, params string[] aliases)
    {
        var mentions = new List<TextSpan>();
        for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            mentions.Add(new TextSpan(i, i + name.Length));
        return new Company(name, mentions) { Aliases = aliases };
    }
}
