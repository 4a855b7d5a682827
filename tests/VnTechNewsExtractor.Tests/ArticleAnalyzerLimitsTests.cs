using System.Text;
using VnTechNewsExtractor.Pages;
using VnTechNewsExtractor.Tests.Cli;

namespace VnTechNewsExtractor.Tests;

/// <summary>The per-file limits: huge inputs give a partial record or a clean error naming the file, never a crash or a hang.</summary>
public class ArticleAnalyzerLimitsTests
{
    private static readonly string Sentence = "Công ty Sông Hồng rót 300 tỷ đồng vào Mây Xanh AI. ";

    [Test]
    public void Text_past_the_cap_is_cut_at_a_word_and_reported()
    {
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxTextChars = 10_000 });
        var text = "Tiêu đề bài viết\n\n" + string.Join("\n\n", Enumerable.Repeat(string.Concat(Enumerable.Repeat(Sentence, 20)).Trim(), 30));
        var a = analyzer.AnalyzeText(text, "big.txt");
        Assert.Multiple(() =>
        {
            Assert.That(a.Text.Length, Is.InRange(9_000, 10_000));
            Assert.That(a.Text, Does.EndWith("AI.").Or.EndWith("đồng").Or.Not.EndWith(" "));
            Assert.That(a.Errors.Select(e => e.Code), Is.EqualTo(new[] { ExtractionErrorCodes.Limit }));
            Assert.That(a.Errors[0].Message, Does.StartWith("big.txt: ").And.Contain("10,000"));
            Assert.That(a.Money, Is.Not.Empty, "what was kept is analysed");
        });
    }

    [Test]
    public void Text_within_the_cap_is_untouched()
    {
        var a = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxTextChars = 10_000 }).AnalyzeText("Tiêu đề\n\n" + Sentence, "small.txt");
        Assert.That(a.Errors, Is.Empty);
    }

    [Test]
    public async Task A_file_past_the_time_limit_gets_a_limit_error_naming_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"vntech-slow-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "Tiêu đề\n\n" + string.Concat(Enumerable.Repeat(Sentence, 5000)));
        try
        {
            var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxFileTime = TimeSpan.FromMilliseconds(1) });
            var a = await analyzer.AnalyzeFileAsync(file).WaitAsync(TimeSpan.FromMinutes(2));
            Assert.That(a.Errors.Select(e => e.Code), Is.EqualTo(new[] { ExtractionErrorCodes.Limit }));
            Assert.That(a.Errors[0].Message, Does.StartWith(file).And.Contain("took longer"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task A_named_pipe_that_blocks_the_read_is_abandoned_at_the_time_limit()
    {
        if (!OperatingSystem.IsLinux()) Assert.Ignore("named pipes are made with mkfifo");
        var fifo = Path.Combine(Path.GetTempPath(), $"vntech-pipe-{Guid.NewGuid():N}.html");
        HostileBatchTests.MakeFifo(fifo);
        try
        {
            var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { MaxFileTime = TimeSpan.FromSeconds(1) });
            var a = await analyzer.AnalyzeFileAsync(fifo).WaitAsync(TimeSpan.FromMinutes(2));
            Assert.That(a.Errors.Select(e => e.Code), Is.EqualTo(new[] { ExtractionErrorCodes.Limit }));
        }
        finally
        {
            using (new FileStream(fifo, FileMode.Open, FileAccess.ReadWrite))
            {
                // opening it read-write releases the abandoned reader
            }
            File.Delete(fifo);
        }
    }

    [TestCase(new byte[0], "is empty")]
    [TestCase(new byte[] { 0x20, 0x0A, 0x09 }, "only white space")]
    [TestCase(new byte[] { 0x1B, 0x01, 0x02, 0x03, 0xC3, 0x28, 0x90, 0x04, 0x05, 0x06 }, "binary data")]
    public async Task Files_that_are_no_article_get_a_format_error(byte[] bytes, string cause)
    {
        var file = Path.Combine(Path.GetTempPath(), $"vntech-bad-{Guid.NewGuid():N}.html");
        await File.WriteAllBytesAsync(file, bytes);
        try
        {
            var a = await new ArticleAnalyzer().AnalyzeFileAsync(file);
            Assert.That(a.Errors.Select(e => e.Code), Is.EqualTo(new[] { ExtractionErrorCodes.Format }));
            Assert.That(a.Errors[0].Message, Does.StartWith(file).And.Contain(cause));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase(false, "utf-16")]
    [TestCase(true, "utf-16BE")]
    public void Utf16_without_a_byte_order_mark_is_recognised_by_its_nul_bytes(bool bigEndian, string webName)
    {
        var page = "<html lang=\"vi\"><meta charset=\"utf-8\"><title>Tiền điện tử</title><p>Công ty rót 5 tỷ đồng.</p></html>";
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(page);
        Assert.That(PageDecoder.SniffUtf16(bytes)?.WebName, Is.EqualTo(webName));
        Assert.That(PageDecoder.Decode(bytes, null, "p.html").Text, Is.EqualTo(page));
    }

    [Test]
    public void Utf8_and_windows_1258_are_not_taken_for_utf16()
    {
        Assert.That(PageDecoder.SniffUtf16(Encoding.UTF8.GetBytes("<html><p>Công ty rót 5 tỷ đồng vào Mây Xanh.</p></html>")), Is.Null);
        var legacy = File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Pages", "Fixtures", "legacy-windows-1258.html"));
        Assert.That(PageDecoder.SniffUtf16(legacy), Is.Null);
    }
}
