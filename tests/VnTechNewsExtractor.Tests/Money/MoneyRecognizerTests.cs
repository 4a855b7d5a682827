using System.Text;
using VnTechNewsExtractor.Money;

namespace VnTechNewsExtractor.Tests.Money;

/// <summary>The money spec table (Specs/money.json): input sentence → every amount with its value and flags.</summary>
public class MoneyRecognizerTests
{
    private static readonly MoneyRecognizer Recognizer = new();

    public sealed record ExpectedAmount(string Text, decimal? Value, string Currency, bool Approximate, bool AtLeast, bool AtMost, bool Vague, decimal? Max, string? Per = null);

    /// <param name="Article">Read the input as a whole article, so bare amounts ("15 tỷ") take its currency.</param>
    public sealed record MoneyCase(string Input, ExpectedAmount[] Amounts, bool Article = false)
    {
        public override string ToString() => Input;
    }

    public static IEnumerable<MoneyCase> Cases() => SpecTable.Load<MoneyCase>("money.json");

    [TestCaseSource(nameof(Cases))]
    public void Recognizes_every_amount_with_its_value(MoneyCase spec)
    {
        var found = spec.Article ? Recognizer.RecognizeArticle(spec.Input) : Recognizer.Recognize(spec.Input);
        Assert.That(found.Select(Describe), Is.EqualTo(spec.Amounts.Select(Describe)));
        foreach (var amount in found)
            Assert.That(spec.Input[amount.Start..amount.End], Is.EqualTo(amount.Text), "offsets must index the input");
    }

    /// <summary>
    /// Every row again with its accents decomposed (NFD, as some editors and macOS file names write them): the same
    /// amounts, their text the decomposed form of the expected text, their offsets indexing the decomposed input.
    /// </summary>
    [TestCaseSource(nameof(Cases))]
    public void Decomposed_accents_give_the_same_amounts(MoneyCase spec)
    {
        var input = spec.Input.Normalize(NormalizationForm.FormD);
        var found = spec.Article ? Recognizer.RecognizeArticle(input) : Recognizer.Recognize(input);
        Assert.That(found.Select(a => Describe(a with { Text = a.Text.Normalize(NormalizationForm.FormC) })), Is.EqualTo(spec.Amounts.Select(Describe)));
        foreach (var amount in found)
            Assert.That(input[amount.Start..amount.End], Is.EqualTo(amount.Text), "offsets must index the input");
    }

    private static string Describe(MoneyAmount a) =>
        Describe(new ExpectedAmount(a.Text, a.Value, a.Currency, a.Approximate, a.AtLeast, a.AtMost, a.Vague, a.Max, a.Per));

    private static string Describe(ExpectedAmount a) =>
        FormattableString.Invariant($"{a.Text} = {a.Value} {a.Currency} max={a.Max} ~{a.Approximate} >{a.AtLeast} <{a.AtMost} vague={a.Vague} per={a.Per}");
}
