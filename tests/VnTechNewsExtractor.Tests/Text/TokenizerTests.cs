using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

public class TokenizerTests
{
    private static string Describe(string text) =>
        string.Join(" ", Tokenizer.Tokenize(text).Select(t => $"{text[t.Start..t.End]}/{t.Kind}"));

    // Numbers: decimals, thousands, dates, times and ranges written without spaces stay one token.
    [TestCase("2,75 tỷ USD", "2,75/Number tỷ/Syllable USD/LatinWord")]
    [TestCase("1.000.000 đồng", "1.000.000/Number đồng/Syllable")]
    [TestCase("$1,299.99", "$/CurrencySign 1,299.99/Number")]
    [TestCase("ngày 14-1 và tháng 12/2015", "ngày/Syllable 14-1/Date và/Syllable tháng/Syllable 12/2015/Date")]
    [TestCase("lúc 05:30:00 ngày 2004/07/08", "lúc/Syllable 05:30:00/Date ngày/Syllable 2004/07/08/Date")]
    [TestCase("16 - 3", "16/Number -/Punctuation 3/Number")]
    [TestCase("ký ngày 4-12-2003, mở bán 2-2004", "ký/Syllable ngày/Syllable 4-12-2003/Date ,/Punctuation mở/Syllable bán/Syllable 2-2004/Date")]
    [TestCase("tăng 10-20%", "tăng/Syllable 10/Number -/Punctuation 20/Number %/Percent")]
    [TestCase("lúc 25:70", "lúc/Syllable 25/Number :/Punctuation 70/Number")]
    [TestCase("1.5-2", "1.5/Number -/Punctuation 2/Number")]
    [TestCase("tăng 10%", "tăng/Syllable 10/Number %/Percent")]
    [TestCase("giá 50€ hay 1.200₫", "giá/Syllable 50/Number €/CurrencySign hay/Syllable 1.200/Number ₫/CurrencySign")]
    // Latin words: CamelCase, acronyms, digits and hyphens inside.
    [TestCase("OpenAI và GPT-4", "OpenAI/LatinWord và/Syllable GPT-4/LatinWord")]
    [TestCase("M-Service (MoMo)", "M-Service/LatinWord (/Punctuation MoMo/LatinWord )/Punctuation")]
    [TestCase("iPhone của AT&T", "iPhone/LatinWord của/Syllable AT&T/LatinWord")]
    [TestCase("VinFast COVID-19 AI", "VinFast/LatinWord COVID-19/LatinWord AI/LatinWord")]
    [TestCase("mạng 5G và màn hình 4K", "mạng/Syllable 5G/LatinWord và/Syllable màn/Syllable hình/Syllable 4K/LatinWord")]
    [TestCase("2tỷ", "2/Number tỷ/Syllable")]
    [TestCase("Samsung Electronics", "Samsung/Syllable Electronics/Syllable")]
    // Abbreviations, titles and initials.
    [TestCase("tại TP.HCM.", "tại/Syllable TP.HCM/Abbreviation ./Punctuation")]
    [TestCase("tại TP. HCM", "tại/Syllable TP./Abbreviation HCM/LatinWord")]
    [TestCase("Tp. Thủ Đức", "Tp./Abbreviation Thủ/Syllable Đức/Syllable")]
    [TestCase("PGS.TS Lê Văn B", "PGS.TS/Abbreviation Lê/Syllable Văn/Syllable B/Syllable")]
    [TestCase("ThS. Trần C", "ThS./Abbreviation Trần/Syllable C/Syllable")]
    [TestCase("Mr. Smith của Apple Inc. và Samsung Co. Ltd", "Mr./Abbreviation Smith/Syllable của/Syllable Apple/Syllable Inc./Abbreviation và/Syllable Samsung/Syllable Co./Abbreviation Ltd/Syllable")]
    [TestCase("anh T. cho biết", "anh/Syllable T./Abbreviation cho/Syllable biết/Syllable")]
    [TestCase("ông H.T.Dũng", "ông/Syllable H.T.Dũng/Abbreviation")]
    [TestCase("ăn no. Sau đó", "ăn/Syllable no/Syllable ./Punctuation Sau/Syllable đó/Syllable")]
    [TestCase("hạng A.", "hạng/Syllable A/Syllable ./Punctuation")]
    // URLs and e-mails.
    [TestCase("xem https://vnexpress.net/a-1.html.", "xem/Syllable https://vnexpress.net/a-1.html/Url ./Punctuation")]
    [TestCase("theo vnexpress.net, giá tăng", "theo/Syllable vnexpress.net/Url ,/Punctuation giá/Syllable tăng/Syllable")]
    [TestCase("liên hệ lien.he@vntech.com.vn.", "liên/Syllable hệ/Syllable lien.he@vntech.com.vn/Email ./Punctuation")]
    // Punctuation: ellipses and rules are one token; quotes and dashes of every style.
    [TestCase("chờ đợi... rồi", "chờ/Syllable đợi/Syllable .../Punctuation rồi/Syllable")]
    [TestCase("----------", "----------/Punctuation")]
    [TestCase("“FOMO” – «AI»", "“/Punctuation FOMO/LatinWord ”/Punctuation –/Punctuation «/Punctuation AI/LatinWord »/Punctuation")]
    [TestCase("a + b = c", "a/Syllable +/Symbol b/Syllable =/Symbol c/Syllable")]
    // Odd spaces separate tokens like ordinary ones.
    [TestCase("Việt\u00A0Nam\u200Bđầu\u202Ftư", "Việt/Syllable Nam/Syllable đầu/Syllable tư/Syllable")]
    [TestCase("Hoà Phát", "Hoà/Syllable Phát/Syllable")]
    public void Tokenizes_with_kinds(string text, string expected) =>
        Assert.That(Describe(text), Is.EqualTo(expected));

    [TestCase("Khoản đầu tư 2,75 tỷ USD của Amazon vào startup AI Anthropic (Mỹ) là lớn nhất.")]
    [TestCase("Liên hệ: a@b.vn, https://x.vn/y; ngày 14-1, lúc 05:30 — TP.HCM… “OK”")]
    public void Tokens_cover_every_non_space_character_once(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var covered = new bool[text.Length];
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            Assert.That(t.Start, Is.GreaterThanOrEqualTo(previousEnd), "tokens in order, not overlapping");
            previousEnd = t.End;
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
