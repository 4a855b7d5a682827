using System.Diagnostics;
using System.Text;
using VnTechNewsExtractor.Money;

namespace VnTechNewsExtractor.Tests.Money;

/// <summary>
/// The scanner reads forward only: inputs built to make a backtracking matcher blow up must still take time
/// linear in their length. 100 000 characters take well under a second when linear, even on a machine shared
/// with builds, and minutes when quadratic, so the generous bound below cannot fail from load alone.
/// </summary>
public class MoneyScanCostTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    [TestCase("1.")]
    [TestCase("1,")]
    [TestCase("1-")]
    [TestCase("hơn ")]
    [TestCase("nghìn ")]
    [TestCase("hàng nghìn ")]
    [TestCase("hai mươi ")]
    [TestCase("từ 1 đến ")]
    [TestCase("giữa 1 và ")]
    [TestCase("$")]
    [TestCase("2 tỷ ")]
    [TestCase("không trăm lẻ ")]
    [TestCase("đô la ")]
    [TestCase("   ")]
    public void Repeated_fragments_take_linear_time(string fragment)
    {
        var sb = new StringBuilder();
        while (sb.Length < 100_000) sb.Append(fragment);
        var text = sb.ToString();
        var recognizer = new MoneyRecognizer();
        var watch = Stopwatch.StartNew();
        recognizer.RecognizeArticle(text);
        Assert.That(watch.Elapsed, Is.LessThan(Bound));
    }
}
