using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class TokenizerTests
{
    private static string Describe(string text) =>
        string.Join(" ", Tokenizer.Tokenize(text).Select(t => $"{text[t.Start..t.End]}/{t.Kind}"));

    [TestCase("2,75 tỷ USD", "2,75/Number tỷ/Syllable USD/LatinWord")]
    [TestCase("OpenAI và GPT-4", "OpenAI/LatinWord và/Syllable GPT-4/LatinWord")]
    [TestCase("M-Service (MoMo)", "M-Service/LatinWord (/Punctuation MoMo/LatinWord )/Punctuation")]
    [TestCase("$1,299.99", "$/CurrencySign 1,299.99/Number")]
    [TestCase("tăng 10%", "tăng/Syllable 10/Number %/Percent")]
    [TestCase("tại TP.HCM.", "tại/Syllable TP.HCM/Abbreviation ./Punctuation")]
    [TestCase("xem https://vnexpress.net/a-1.html.", "xem/Syllable https://vnexpress.net/a-1.html/Url ./Punctuation")]
    [TestCase("1.000.000 đồng", "1.000.000/Number đồng/Syllable")]
    public void Tokenizes_with_kinds(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [Test]
    public void Tokens_cover_every_non_space_character_once()
    {
        const string text = "Khoản đầu tư 2,75 tỷ USD của Amazon vào startup AI Anthropic (Mỹ) là lớn nhất.";
        var tokens = Tokenizer.Tokenize(text);
        var covered = new bool[text.Length];
        foreach (var t in tokens)
        {
            for (int i = t.Start; i < t.End; i++)
            {
                Assert.That(covered[i], Is.False, $"offset {i} covered twice");
                covered[i] = true;
            }
        }
        for (int i = 0; i < text.Length; i++)
            Assert.That(covered[i] || char.IsWhiteSpace(text[i]), Is.True, $"offset {i} ('{text[i]}') not covered");
    }
}
