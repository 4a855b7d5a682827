namespace VnTechNewsExtractor.Deals;

/// <summary>One article's report of a deal: where it is, what it says, and the names it uses.</summary>
/// <param name="Source">The article record's source (a path or URL).</param>
/// <param name="Evidence">The sentence that states the deal.</param>
public sealed record DealSource(string Source, string Evidence)
{
    /// <summary>The article's canonical URL, when it states one.</summary>
    public string? Url { get; init; }

    /// <summary>The site's host name.</summary>
    public string? Site { get; init; }

    /// <summary>When the article was published.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>The investor's name as this article gives it.</summary>
    public string Investor { get; init; } = "";

    /// <summary>The investee's name as this article gives it.</summary>
    public string Investee { get; init; } = "";

    /// <summary>The kind this article's relation has.</summary>
    public InvestmentKind Kind { get; init; }

    /// <summary>The amount as this article writes it, if any.</summary>
    public string? Amount { get; init; }

    /// <summary>The date this article's text gives the deal, if any.</summary>
    public string? Date { get; init; }

    /// <summary>The extractor's confidence in this report.</summary>
    public double Confidence { get; init; }
}
