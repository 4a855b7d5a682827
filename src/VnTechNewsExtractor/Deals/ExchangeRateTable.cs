using System.Globalization;

namespace VnTechNewsExtractor.Deals;

/// <summary>
/// Yearly average exchange rates to the US dollar, read from a tab-separated file (year, currency, units per USD,
/// source). The library ships <c>Resources/deals/usd-rates.tsv</c>: VND per USD, IMF International Financial
/// Statistics (line rf) as republished by the World Bank (series PA.NUS.FCRF). A year after a currency's last row uses
/// that last row; a year before its first row has no rate.
/// </summary>
public sealed class ExchangeRateTable
{
    private readonly Dictionary<string, SortedList<int, ExchangeRate>> _byCurrency = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a table of <paramref name="rates"/>.</summary>
    public ExchangeRateTable(IEnumerable<ExchangeRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        foreach (var r in rates)
        {
            if (r.UnitsPerUsd <= 0) throw new ArgumentException($"the rate of {r.Currency} in {r.Year} must be positive", nameof(rates));
            if (!_byCurrency.TryGetValue(r.Currency, out var years)) _byCurrency[r.Currency] = years = new SortedList<int, ExchangeRate>();
            years[r.Year] = r;
        }
    }

    /// <summary>The table shipped with the library (VND per USD).</summary>
    public static ExchangeRateTable Default => DefaultTable.Value;

    private static readonly Lazy<ExchangeRateTable> DefaultTable =
        new(() => new ExchangeRateTable(Parse(ResourceData.ReadLines("deals.usd-rates.tsv"), "Resources/deals/usd-rates.tsv")));

    /// <summary>Every row, by currency and year.</summary>
    public IEnumerable<ExchangeRate> Rates => _byCurrency.Values.SelectMany(y => y.Values);

    /// <summary>Reads a table from a file of the same layout as the shipped one.</summary>
    /// <exception cref="InvalidDataException">A line is not year, currency, positive rate and source; the message names the file and line.</exception>
    public static ExchangeRateTable Load(string path) =>
        new(Parse(File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#'), path));

    /// <summary>
    /// The rate for <paramref name="currency"/> in <paramref name="year"/>: that year's row, or the last row when the year
    /// is later than the table; false when the currency is unknown or the year earlier than its first row.
    /// </summary>
    public bool TryGetRate(string currency, int year, out ExchangeRate rate)
    {
        rate = null!;
        if (!_byCurrency.TryGetValue(currency, out var years) || years.Count == 0 || year < years.Keys[0]) return false;
        if (years.TryGetValue(year, out var exact))
        {
            rate = exact;
            return true;
        }
        // The nearest earlier year: the last row for a year past the table, or the row before a gap.
        for (int i = years.Count - 1; i >= 0; i--)
        {
            if (years.Keys[i] < year)
            {
                rate = years.Values[i];
                return true;
            }
        }
        return false;
    }

    /// <summary><paramref name="value"/> in US dollars at the rate of <paramref name="year"/>, rounded to the dollar; null when there is no rate.</summary>
    public decimal? ToUsd(decimal value, string currency, int year, out int? rateYear)
    {
        rateYear = null;
        if (string.Equals(currency, "USD", StringComparison.OrdinalIgnoreCase)) return value;
        if (!TryGetRate(currency, year, out var rate)) return null;
        rateYear = rate.Year;
        return Math.Round(value / rate.UnitsPerUsd, 0, MidpointRounding.AwayFromZero);
    }

    private static IEnumerable<ExchangeRate> Parse(IEnumerable<string> lines, string file)
    {
        int n = 0;
        foreach (var line in lines)
        {
            n++;
            var c = line.Split('\t');
            if (c.Length < 3
                || !int.TryParse(c[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                || c[1].Trim().Length != 3
                || !decimal.TryParse(c[2].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate <= 0)
                throw new InvalidDataException($"{file}: data line {n} is not 'year<TAB>currency<TAB>units per USD<TAB>source': '{line}'");
            yield return new ExchangeRate(year, c[1].Trim().ToUpperInvariant(), rate, c.Length > 3 ? c[3].Trim() : "");
        }
    }
}
