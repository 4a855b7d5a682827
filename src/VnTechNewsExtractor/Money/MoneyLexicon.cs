namespace VnTechNewsExtractor.Money;

/// <summary>The money vocabulary of Vietnamese news, read from <c>Resources/money/*.tsv</c>.</summary>
internal sealed class MoneyLexicon
{
    private MoneyLexicon()
    {
        foreach (var cols in Rows("money.currencies.tsv"))
        {
            Currencies[cols[0]] = cols[1];
            if (cols[2] is "before" or "both") CurrenciesBefore.Add(cols[0]);
            if (cols[2] is "after" or "both") CurrenciesAfter.Add(cols[0]);
        }
        foreach (var cols in Rows("money.magnitudes.tsv")) Magnitudes[cols[0]] = int.Parse(cols[1], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var cols in Rows("money.qualifiers.tsv")) Qualifiers[cols[0]] = cols[1];
    }

    /// <summary>The shipped vocabulary.</summary>
    public static MoneyLexicon Default { get; } = new();

    /// <summary>Currency word or sign → ISO 4217 code.</summary>
    public Dictionary<string, string> Currencies { get; } = new(StringComparer.Ordinal);

    /// <summary>Currency words written before the number.</summary>
    public List<string> CurrenciesBefore { get; } = [];

    /// <summary>Currency words written after the number.</summary>
    public List<string> CurrenciesAfter { get; } = [];

    /// <summary>Magnitude word → power of ten.</summary>
    public Dictionary<string, int> Magnitudes { get; } = new(StringComparer.Ordinal);

    /// <summary>Qualifier word → flag name (approximate, atLeast, atMost).</summary>
    public Dictionary<string, string> Qualifiers { get; } = new(StringComparer.Ordinal);

    private static IEnumerable<string[]> Rows(string name) => ResourceData.ReadLines(name).Select(l => l.Split('\t'));
}
