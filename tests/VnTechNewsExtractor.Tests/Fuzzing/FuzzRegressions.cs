namespace VnTechNewsExtractor.Tests.Fuzzing;

/// <summary>
/// Every input the fuzz targets found breaking something, cut down by hand, with what it did before the fix. Kept in
/// C# rather than JSON because several hold lone surrogates, which JSON tools replace.
/// </summary>
internal static class FuzzRegressions
{
    public static IEnumerable<TestCaseData> All()
    {
        yield return Case("money", "US$ một", "hang: the scanner's skip returned the same position for a sign glued to a word with no figure after it");
        yield return Case("money", "US$tư.2500881 hàng chục - 6131378719428973589824732,M", "hang: the input the fuzzer found (same cause)");
        yield return Case("money", "5635213556202966691 nghìn tỷ ", "OverflowException: a number times its magnitude past decimal's range");
        yield return Case("money", "510801485775840458758 tỉ ", "OverflowException: the same with a single magnitude");
        yield return Case("money", "1tr" + new string('5', 40) + " đồng", "checked: a shorthand's fraction with more digits than decimal holds");
        yield return Case("html", "<html lang=\"vi\"><body><article><h1>Doanh nghiệp báo\uD800 lãi</h1><p>Công ty phần mềm Bạch Đằng báo lãi 300 tỷ đồng.</p></article></body></html>",
            "ArgumentException: Unicode normalisation of text with a lone surrogate");
        yield return Case("html", "<meta property=\"article:published_time\" content=\"2009-11-03\uD800T08:00:00+07:00\"><h1>Thép</h1>",
            "ArgumentException: a lone surrogate in a meta value (the fuzzer's input)");
        yield return Case("html", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Tin\uDC00\"}</script><h1>Tin</h1>",
            "ArgumentException: JSON-LD with a lone surrogate cannot be transcoded to UTF-8");
        yield return Case("html", "<!doctype html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>Quỹ ",
            "IndexOutOfRangeException: a designator (\"Quỹ\") ending the text made the company recognizer read past it");
        yield return Case("sentences", "TP.\uD800 HCM. Ông J. Smith nói.\n\n\u2028…", "none found; kept as a check that junk, abbreviations and separators stay covered");
    }

    private static TestCaseData Case(string target, string input, string crash) =>
        new TestCaseData(target, input) { TestName = $"Kept_{target}: {crash}" };
}
