using System.Globalization;
using System.Text.Json.Serialization;
using VnTechNewsExtractor.Deals;

namespace VnTechNewsExtractor.Cli.Output;

/// <summary>
/// One deal as a flat table row: the columns of <c>vntech deals --format csv</c> and <c>parquet</c> (Parquet.Net names
/// its columns after <see cref="JsonPropertyNameAttribute"/>). Lists are Parquet lists; CSV joins them with " | ".
/// Amounts are doubles, which hold every whole amount up to 9 × 10¹⁵ exactly and read as numbers in pandas and DuckDB.
/// </summary>
internal sealed class DealRow
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("investor")] public string Investor { get; set; } = "";
    [JsonPropertyName("investorAliases")] public List<string> InvestorAliases { get; set; } = [];
    [JsonPropertyName("investee")] public string Investee { get; set; } = "";
    [JsonPropertyName("investeeAliases")] public List<string> InvesteeAliases { get; set; } = [];
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("amountText")] public string? AmountText { get; set; }
    [JsonPropertyName("amountValue")] public double? AmountValue { get; set; }
    [JsonPropertyName("amountMax")] public double? AmountMax { get; set; }
    [JsonPropertyName("currency")] public string? Currency { get; set; }
    [JsonPropertyName("amountUsd")] public double? AmountUsd { get; set; }
    [JsonPropertyName("usdFrom")] public string? UsdFrom { get; set; }
    [JsonPropertyName("usdRateYear")] public int? UsdRateYear { get; set; }
    [JsonPropertyName("amounts")] public List<string> Amounts { get; set; } = [];
    [JsonPropertyName("stakePercent")] public double? StakePercent { get; set; }
    [JsonPropertyName("round")] public string? Round { get; set; }
    [JsonPropertyName("date")] public string? Date { get; set; }
    [JsonPropertyName("dateFrom")] public string? DateFrom { get; set; }
    [JsonPropertyName("confidence")] public double Confidence { get; set; }
    [JsonPropertyName("sourceCount")] public int SourceCount { get; set; }
    [JsonPropertyName("sources")] public List<string> Sources { get; set; } = [];
    [JsonPropertyName("sites")] public List<string> Sites { get; set; } = [];
    [JsonPropertyName("firstPublishedAt")] public string? FirstPublishedAt { get; set; }
    [JsonPropertyName("evidence")] public string? Evidence { get; set; }

    /// <summary>The column names, in order.</summary>
    public static readonly string[] Columns =
    [
        "id", "investor", "investorAliases", "investee", "investeeAliases", "kind", "amountText", "amountValue", "amountMax", "currency",
        "amountUsd", "usdFrom", "usdRateYear", "amounts", "stakePercent", "round", "date", "dateFrom", "confidence", "sourceCount",
        "sources", "sites", "firstPublishedAt", "evidence",
    ];

    public static DealRow Of(Deal deal) => new()
    {
        Id = deal.Id,
        Investor = deal.Investor.Name,
        InvestorAliases = [.. deal.Investor.Aliases],
        Investee = deal.Investee.Name,
        InvesteeAliases = [.. deal.Investee.Aliases],
        Kind = KindName(deal.Kind),
        AmountText = deal.Amount?.Text,
        AmountValue = (double?)deal.Amount?.Value,
        AmountMax = (double?)deal.Amount?.Max,
        Currency = deal.Amount?.Currency,
        AmountUsd = (double?)deal.AmountUsd,
        UsdFrom = deal.Amount?.UsdFrom,
        UsdRateYear = deal.Amount?.UsdRateYear,
        Amounts = deal.Amounts.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Text} = {a.Value} {a.Currency}")).ToList(),
        StakePercent = (double?)deal.StakePercent, // a double column: Parquet readers agree on doubles, not on decimal scales
        Round = deal.Round,
        Date = deal.Date,
        DateFrom = deal.DateFrom,
        Confidence = deal.Confidence,
        SourceCount = deal.Sources.Count,
        // The URL where the page states one: a link works anywhere; a path only on the machine that analysed it.
        Sources = deal.Sources.Select(s => s.Url ?? s.Source).ToList(),
        Sites = deal.Sources.Select(s => s.Site).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
        FirstPublishedAt = deal.Sources.Select(s => s.PublishedAt).FirstOrDefault(p => p is not null)?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture),
        Evidence = deal.Sources.FirstOrDefault()?.Evidence,
    };

    /// <summary>"investment", "pledge", "acquisition", "stake", as in JSON.</summary>
    public static string KindName(InvestmentKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());
}
