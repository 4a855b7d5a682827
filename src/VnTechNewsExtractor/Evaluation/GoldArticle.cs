using System.Text.Json;
using System.Text.Json.Serialization;

namespace VnTechNewsExtractor.Evaluation;

/// <summary>One gold annotation file (<c>NAME.gold.json</c>), as the annotation guide defines it.</summary>
public sealed record GoldArticle
{
    /// <summary>The article's id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The article's file name, beside the gold file.</summary>
    public string File { get; init; } = "";

    /// <summary>Groups of names that denote one organisation.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Aliases { get; init; } = [];

    /// <summary>Required, optional and forbidden company names.</summary>
    public GoldCompanies Companies { get; init; } = new();

    /// <summary>Every money amount, one per occurrence.</summary>
    public IReadOnlyList<GoldMoney> Money { get; init; } = [];

    /// <summary>Amounts neither rewarded nor penalised.</summary>
    public IReadOnlyList<GoldMoney> OptionalMoney { get; init; } = [];

    /// <summary>The relations to find.</summary>
    public IReadOnlyList<GoldInvestment> Investments { get; init; } = [];

    /// <summary>Relations neither rewarded nor penalised.</summary>
    public IReadOnlyList<GoldInvestment> OptionalInvestments { get; init; } = [];

    /// <summary>Tempting pairs that are not investments.</summary>
    public IReadOnlyList<GoldInvestment> NotInvestments { get; init; } = [];

    /// <summary>Reads a gold file.</summary>
    public static GoldArticle Load(string path)
    {
        using var stream = System.IO.File.OpenRead(path);
        var gold = JsonSerializer.Deserialize(stream, GoldJsonContext.Default.GoldArticle)
                   ?? throw new InvalidDataException($"{path}: empty gold file");
        // Lists written as null in a gold file mean "none".
        return gold with
        {
            Aliases = gold.Aliases ?? [],
            Companies = gold.Companies ?? new GoldCompanies(),
            Money = gold.Money ?? [],
            OptionalMoney = gold.OptionalMoney ?? [],
            Investments = gold.Investments ?? [],
            OptionalInvestments = gold.OptionalInvestments ?? [],
            NotInvestments = gold.NotInvestments ?? [],
        };
    }
}

/// <summary>The company lists of a gold file.</summary>
public sealed record GoldCompanies
{
    /// <summary>Organisations that must be found.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>Organisations that may be found.</summary>
    public IReadOnlyList<string> Optional { get; init; } = [];

    /// <summary>Names that are not organisations.</summary>
    public IReadOnlyList<string> Forbidden { get; init; } = [];
}

/// <summary>A gold money amount.</summary>
public sealed record GoldMoney
{
    /// <summary>As written.</summary>
    public string Text { get; init; } = "";

    /// <summary>Full value; null when vague.</summary>
    public decimal? Value { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>An amount with no figure.</summary>
    public bool Vague { get; init; }
}

/// <summary>A gold investment relation.</summary>
public sealed record GoldInvestment
{
    /// <summary>Who invests.</summary>
    public string Investor { get; init; } = "";

    /// <summary>Who is invested in.</summary>
    public string Investee { get; init; } = "";

    /// <summary>investment, pledge, acquisition or stake.</summary>
    public string? Kind { get; init; }

    /// <summary>Every figure the article ties to the pair.</summary>
    public IReadOnlyList<decimal>? Amounts { get; init; }

    /// <summary>Currency of <see cref="Amounts"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>Stake in percent.</summary>
    public double? StakePercent { get; init; }

    /// <summary>Funding round.</summary>
    public string? Round { get; init; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(GoldArticle))]
internal sealed partial class GoldJsonContext : JsonSerializerContext;
