namespace VnTechNewsExtractor.Money;

/// <summary>A span the extractor believes is a money amount, with the parts the parser will resolve.</summary>
internal readonly record struct MoneyCandidate(
    int Start,
    int End,
    string? Qualifier,
    string? Number,
    string? Magnitude,
    string? Number2,
    string? Magnitude2,
    string? MaxNumber,
    string? MaxMagnitude,
    string? Currency,
    bool CurrencyBefore,
    bool Vague);
