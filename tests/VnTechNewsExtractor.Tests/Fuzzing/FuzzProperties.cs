using VnTechNewsExtractor.Money;
using VnTechNewsExtractor.Tests.Money;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Fuzzing;

/// <summary>The invariants the fuzz targets check on every input; the regression table runs them on kept inputs.</summary>
internal static class FuzzProperties
{
    private static readonly MoneyRecognizer Recognizer = new();
    private static readonly Lazy<ArticleAnalyzer> Analyzer = new(() => new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxParallelism = 1 }));

    private static readonly string?[] PageUrls = [null, "https://vnexpress.net/a-1.html", "http://[::1", "not a url", "https://cafef.vn/%zz", "file:///etc/passwd", ""];

    /// <summary>Money: no exception; spans inside the text, equal to their text, in order; values consistent; the value written as dotted digits reads back.</summary>
    public static void Money(string text)
    {
        foreach (var amounts in new[] { Recognizer.Recognize(text), Recognizer.RecognizeArticle(text) })
        {
            int previousEnd = 0;
            foreach (var a in amounts)
            {
                Assert.That(a.Start, Is.InRange(previousEnd, text.Length), "amount starts inside the text, after the previous one");
                Assert.That(a.End, Is.InRange(a.Start + 1, text.Length), "amount ends inside the text");
                Assert.That(a.Text, Is.EqualTo(text[a.Start..a.End]));
                previousEnd = a.End;
                Assert.That(a.Value.HasValue, Is.Not.EqualTo(a.Vague), "a value unless vague");
                if (a.Value is { } v) Assert.That(v, Is.GreaterThanOrEqualTo(0m));
                if (a.Max is { } max) Assert.That(max, Is.GreaterThanOrEqualTo(a.Value ?? 0m), "a range's upper end is not below its lower end");
                if (a.Value is { } value && value == decimal.Truncate(value) && value is >= 1 and < 1_000_000_000_000_000m && a.Currency is "USD" or "VND")
                {
                    var written = $"Khoản tiền {VietnameseMoneyWriter.Dotted((long)value)} {(a.Currency == "VND" ? "đồng" : "USD")} đã chuyển.";
                    Assert.That(Recognizer.Recognize(written).Select(r => r.Value), Is.EqualTo(new decimal?[] { value }), written);
                }
            }
        }
    }

    /// <summary>Sentences: spans inside the text, trimmed, in order, never across a line break, covering every non-space character.</summary>
    public static void Sentences(string text)
    {
        var sentences = SentenceSplitter.Split(text);
        int previousEnd = 0, previousParagraph = 0;
        foreach (var s in sentences)
        {
            Assert.That(s.Start, Is.InRange(previousEnd, text.Length - 1));
            Assert.That(s.End, Is.InRange(s.Start + 1, text.Length));
            Assert.That(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]), Is.False, "trimmed");
            Assert.That(text.AsSpan(s.Start, s.Length).Contains('\n'), Is.False, "a line break ends a sentence");
            Assert.That(s.Paragraph, Is.GreaterThanOrEqualTo(previousParagraph));
            for (int i = previousEnd; i < s.Start; i++) Assert.That(char.IsWhiteSpace(text[i]), Is.True, $"character {i} is in no sentence");
            previousEnd = s.End;
            previousParagraph = s.Paragraph;
        }
        for (int i = previousEnd; i < text.Length; i++) Assert.That(char.IsWhiteSpace(text[i]), Is.True, $"character {i} is in no sentence");
    }

    /// <summary>HTML: the whole analysis runs; every span it reports (money, companies, evidence) lies inside its text and matches it.</summary>
    public static void Html(string html)
    {
        var pageUrl = PageUrls[(html.Length * 31 + (html.Length > 0 ? html[^1] : 0)) % PageUrls.Length];
        SpansInside(Analyzer.Value.AnalyzeHtml(html, "fuzz.html", pageUrl));
    }

    private static readonly AngleSharp.Html.Parser.HtmlParser Parser = new();

    /// <summary>The prepass leaves a page's paragraphs and text as a reader sees them.</summary>
    public static void Prepass(string html)
    {
        using var original = Parser.ParseDocument(html);
        using var prepared = Parser.ParseDocument(VnTechNewsExtractor.Pages.PagePrepass.Run(html, 512, [], out _));
        Assert.That(VnTechNewsExtractor.Pages.BlockText.Paragraphs(prepared.Body!), Is.EqualTo(VnTechNewsExtractor.Pages.BlockText.Paragraphs(original.Body!)), "paragraphs");
        Assert.That(VnTechNewsExtractor.Pages.BlockText.Text(prepared.Body), Is.EqualTo(VnTechNewsExtractor.Pages.BlockText.Text(original.Body)), "text");
    }

    /// <summary>Plain text: as <see cref="Html"/>, for the text reader and the pipeline alone (many more inputs per second).</summary>
    public static void Article(string text) => SpansInside(Analyzer.Value.AnalyzeText(text, "fuzz.txt"));

    private static void SpansInside(ArticleAnalysis a)
    {
        Assert.That(a.Paragraphs, Has.None.Null.And.None.Empty);
        var text = a.Text;
        foreach (var m in a.Money)
        {
            Assert.That(m.Start >= 0 && m.End <= text.Length && m.Start < m.End, Is.True, "money span inside the text");
            Assert.That(m.Text, Is.EqualTo(text[m.Start..m.End]));
        }
        foreach (var c in a.Companies)
            foreach (var span in c.Mentions)
                Assert.That(span.Start >= 0 && span.End <= text.Length && span.Start < span.End, Is.True, $"mention of {c.Name} inside the text");
        foreach (var i in a.Investments)
        {
            Assert.That(i.Evidence.Start >= 0 && i.Evidence.End <= text.Length && i.Evidence.Start < i.Evidence.End, Is.True, "evidence inside the text");
            Assert.That(i.Evidence.Text, Is.EqualTo(text[i.Evidence.Start..i.Evidence.End]));
        }
    }
}
