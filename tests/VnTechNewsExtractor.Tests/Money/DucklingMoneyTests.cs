using System.Globalization;
using VnTechNewsExtractor.Money;

namespace VnTechNewsExtractor.Tests.Money;

/// <summary>
/// Scores the recognizer on Duckling's Vietnamese money corpus (shared data/numbers/duckling_money_vi.tsv):
/// a row counts when exactly one amount is found with its value, range end, bound and currency.
/// </summary>
public class DucklingMoneyTests
{
    private const double Floor = 0.95;

    [Test]
    public void Recognizes_at_least_95_percent_of_the_Duckling_rows()
    {
        var path = TestPaths.SharedData("numbers", "duckling_money_vi.tsv");
        var recognizer = new MoneyRecognizer();
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            if (!Matches(recognizer.Recognize(row[0]), row[1], row[2], row[3])) failures.Add($"{row[0]} → {row[1]} {row[2]} ({row[3]})");
        }
        double score = 1 - (double)failures.Count / rows.Count;
        TestContext.Out.WriteLine($"Duckling money: {rows.Count - failures.Count}/{rows.Count} = {score:P1}");
        foreach (var failure in failures) TestContext.Out.WriteLine("  missed: " + failure);
        Assert.That(score, Is.GreaterThanOrEqualTo(Floor));
    }

    private static bool Matches(IReadOnlyList<MoneyAmount> found, string expected, string currency, string kind)
    {
        if (found.Count != 1) return false;
        var a = found[0];
        // Duckling names dollars and cents instead of giving ISO codes.
        decimal scale = currency == "Cent" ? 0.01m : 1m;
        string code = currency switch
        {
            "Dollar" or "Cent" => "USD",
            "Pound" => "GBP",
            _ => currency,
        };
        var ends = expected.Split("..");
        decimal low = decimal.Parse(ends[0], CultureInfo.InvariantCulture) * scale;
        decimal? high = ends.Length > 1 ? decimal.Parse(ends[1], CultureInfo.InvariantCulture) * scale : null;
        return a.Currency == code && a.Value == low && a.Max == high
            && (kind != "interval-max" || a.AtMost) && (kind != "interval-min" || a.AtLeast);
    }
}
