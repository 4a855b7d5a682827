using System.Text;
using CsCheck;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Fuzzing;

/// <summary>Generators of hostile inputs: money-ish strings, sentence-ish text, and HTML mutated from the project's own pages.</summary>
internal static class HostileInputs
{
    /// <summary>Characters that break naive code: controls, lone surrogates, combining marks, odd spaces, non-characters.</summary>
    private static readonly Gen<string> UnicodeJunk = Gen.OneOfConst(
        "\0", "\uD800", "\uDFFF", "\u0301", "\u0323\u0302", "\u00A0", "\u2009", "\u200B", "\u200D", "\uFEFF", "\uFFFD", "\uFFFF",
        "\r", "\t", "\u2028", "\u0085", "𝟙𝟚", "٣", "१२", "Ⅻ", "½", "⁵", "🙂", "İ", "ß", "\u202E");

    private static readonly Gen<string> Digits = Gen.OneOf(
        Gen.Long[0, 999].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Long[0, long.MaxValue].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Char['0', '9'].Array[1, 60].Select(cs => new string(cs)),
        Gen.OneOfConst("0", "00", "000", "1.000", "1,5", "2,75", "1.000.000", "1,000,000.50", "9.999.999.999.999", ".5", ",", "1..2", "1,,2", "0,0000000000000000000000000001"));

    private static readonly Gen<string> MoneyWords = Gen.OneOfConst(
        "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "chục", "mươi", "mốt", "lăm", "tư", "rưỡi", "nghìn tỷ", "ngàn tỉ", "tr", "k", "K", "M", "B", "bn",
        "USD", "usd", "đồng", "VND", "VNĐ", "đ", "₫", "$", "US$", "€", "euro", "yên", "¥", "nhân dân tệ", "đô", "đô la", "bảng Anh", "won",
        "khoảng", "gần", "hơn", "trên", "dưới", "tối đa", "ít nhất", "hàng", "vài", "hàng chục", "hàng trăm", "chừng", "xấp xỉ", "tới", "đến",
        "-", "–", "—", "~", "/", "%", "x", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "không", "linh", "lẻ",
        "vốn", "đầu tư", "rót", "huy động", "Công ty", "Amazon", "cổ phần", "2024", "năm 2025", "ngày 5/3");

    private static readonly Gen<string> Separators = Gen.OneOfConst(" ", " ", " ", "", ".", ",", "\n", "\n\n", ", ", ". ", " - ", "(", ")", "\"", "“", "”");

    /// <summary>Money-ish strings: numbers, separators, magnitude and currency words, qualifiers and junk, in any order.</summary>
    public static Gen<string> MoneyText { get; } =
        Gen.Frequency((5, Digits), (6, MoneyWords), (1, UnicodeJunk), (1, Gen.String[0, 6]))
            .Select(Separators).Array[1, 30]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    private static readonly Gen<string> SentenceParts = Gen.OneOfConst(
        "Công ty", "Vinamilk", "báo lãi", "TP.", "HCM", "Inc.", "Corp.", "J.", "Smith", "ông", "Nguyễn Văn A", "1.000", "3,5", "tỷ đồng",
        "Đông Nam Á", "U.S.", "v.v.", "...", "…", "?!", "!", "?", ".", ". ", "! ", "? ", "… ", "\n", "\n\n", "\n\n\n", " ", "  ", "\t",
        "\"", "“", "”", "'", "‘", "’", ")", "(", "[", "»", "-", "–", "a", "Á", "Ư", "ư", "ở", "1", "(1)", "Ông", "Bà", "Q.1", "P.5", "ThS.", "TS.");

    /// <summary>Sentence-ish text: words, abbreviations, numbers, punctuation runs, quotes, line breaks and junk.</summary>
    public static Gen<string> SentenceText { get; } =
        Gen.Frequency((8, SentenceParts), (1, UnicodeJunk), (1, Gen.String[0, 8]))
            .Select(Gen.OneOfConst(" ", "", "")).Array[0, 60]
            .Select(parts => string.Concat(parts.Select(p => p.Item1 + p.Item2)));

    private static readonly Gen<string> DealWords = Gen.OneOfConst(
        "Công ty", "công ty cổ phần", "CTCP", "TNHH", "Tập đoàn", "tập đoàn", "Quỹ", "quỹ đầu tư", "startup", "hãng", "Ngân hàng", "Tổng công ty",
        "rót", "rót vốn", "đầu tư", "mua lại", "thâu tóm", "sở hữu", "cổ phần", "vòng Series A", "gọi vốn", "dẫn dắt", "cùng", "và", "vào", "của", "từ",
        "Sông Hồng", "Mây Xanh AI", "VinaTech", "Amazon", "Anthropic", "ông Nguyễn Văn An", "CEO", "(", ")", "“", "”", "%", "15%", "năm 2024",
        "tháng 3/2025", "hôm qua", "nó", "doanh nghiệp này", "Shark", "thương vụ", "ngày 5/3", "VNG", "FPT", "Inc.", "Ltd", "JSC");

    /// <summary>Article-ish plain text: company, deal and money words, sentences and junk, so the whole pipeline is reached.</summary>
    public static Gen<string> ArticleText { get; } =
        Gen.Frequency((6, DealWords), (3, MoneyWords), (2, Digits), (3, Gen.OneOfConst(". ", "\n\n", ", ", " ")), (1, UnicodeJunk))
            .Array[0, 80].Select(parts => string.Join(' ', parts));

    private static readonly string[] Snippets =
    [
        "<div>", "</div>", "<p>", "</p>", "<!--", "-->", "<script>", "</script>", "<style>", "<![CDATA[", "]]>", "&#x0;", "&#xD800;", "&#1114112;",
        "&#99999999999;", "&amp", "&", "<table>", "<tr><td>", "</table>", "<svg><foreignObject>", "<math><mtext>", "<template>", "<frameset>",
        "<a href='javascript:alert(1)'>", "\0", "\uFFFF", "\uD800", "<h1>", "</h1>", "<meta charset=windows-1258>", "<title>", "</title>",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-02-30T25:61:00\",\"articleBody\":\"",
        "<script type=\"application/ld+json\">[[[[[[[[[[", "\"}</script>", "<link rel=canonical href=\"http://[::1\">",
        "<meta property=\"og:url\" content=\"https://vnexpress.net/%\">", "<meta property=\"article:published_time\" content=\"9999-99-99\">",
        "<time datetime=\"-1\">", "<" + new string('a', 1000), "\"", "'", ">", "<select><option>", "<plaintext>", "<noscript>",
        "<iframe srcdoc='<p>x'>", "<base href=//example.invalid>", "<html lang=vi>", "<body>", string.Concat(Enumerable.Repeat("<div>", 700)),
        string.Concat(Enumerable.Repeat("<b><i>", 300)), "<article class=\"fck_detail\">", "<div class=\"content-detail\">",
        "<p class=\"Normal\">Công ty Cổ phần Sông Hồng rót 2,5 tỷ USD vào Mây Xanh AI.</p>", "<span class=\"date\">Thứ hai, 31/2/2024, 99:99 (GMT+7)</span>",
        "<ul class=\"breadcrumb\"><li><a>", "<h2 a>", "<h3><a href=x>tin</a></h3>", "<br>", "\r\n", "\u2028", "<p>" + new string('x', 5000),
    ];

    /// <summary>The project's own HTML pages (test fixtures and samples), decoded.</summary>
    private static readonly string[] Pages = LoadPages();

    /// <summary>Pages of the test fixtures and samples with up to eight mutations (cut, delete, duplicate, insert, replace).</summary>
    public static Gen<string> MutatedHtml { get; } =
        Gen.Select(Gen.Int[0, Pages.Length - 1], Gen.Select(Gen.Int[0, 4], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Int[0, Snippets.Length - 1]).Array[0, 8])
            .Select((page, mutations) => Mutate(Pages[page], mutations));

    /// <summary>Tag soup from the snippets and money text alone.</summary>
    public static Gen<string> TagSoup { get; } =
        Gen.Frequency((3, Gen.Int[0, Snippets.Length - 1].Select(i => Snippets[i])), (2, MoneyText), (1, UnicodeJunk)).Array[0, 40].Select(string.Concat);

    /// <summary>
    /// Well-nested pages built from block and inline elements, text, white space, line breaks, scripts, comments and
    /// links, with attributes some reader reads and some none does: the inputs on which the prepass must not change
    /// the text a reader sees.
    /// </summary>
    public static Gen<string> NestedHtml { get; } = Gen.Int[0, int.MaxValue].Array[1, 80].Select(BuildNested);

    private static readonly string[] NestedTags = ["div", "p", "span", "b", "i", "a", "ul", "li", "section", "h2", "blockquote", "em", "td"];
    private static readonly string[] NestedAttributes =
    [
        "", " class=\"note\"", " data-id=\"7\"", " title=\"a > b\"", " style=\"display: none\"", " hidden", " onclick=\"go('<p>')\"",
        " aria-hidden=\"true\"", " role=\"navigation\"", " class=caption", " src=x.jpg alt='Ảnh'", " data-role=content",
    ];
    private static readonly string[] NestedWords = ["Vốn", "2,75 tỷ USD", "Amazon", "rót", "vào", "Anthropic.", "&amp;", "&nbsp;", "x"];
    private static readonly string[] NestedSpaces = [" ", "\n", "\n    ", "\t", "  \r\n  "];

    private static string BuildNested(int[] choices)
    {
        var s = new StringBuilder("<!DOCTYPE html>\n<html>\n<head>\n  <meta charset=\"utf-8\">\n  <title>T</title>\n  <link rel=\"stylesheet\" href=\"/a.css\">\n</head>\n<body>");
        var open = new Stack<string>();
        foreach (var c in choices)
        {
            int pick = c / 10;
            switch (c % 10)
            {
                case 0 or 1:
                    var tag = NestedTags[pick % NestedTags.Length];
                    s.Append('<').Append(tag).Append(NestedAttributes[pick / NestedTags.Length % NestedAttributes.Length]).Append('>');
                    open.Push(tag);
                    break;
                case 2:
                    if (open.Count > 0) s.Append("</").Append(open.Pop()).Append('>');
                    break;
                case 3 or 4: s.Append(NestedWords[pick % NestedWords.Length]); break;
                case 5 or 6: s.Append(NestedSpaces[pick % NestedSpaces.Length]); break;
                case 7: s.Append(pick % 2 == 0 ? "<br>" : "<br/>"); break;
                case 8: s.Append(pick % 2 == 0 ? "<script>var a = \"<p>x</p>\";</script>" : "<!-- <p>c</p> -->"); break;
                default: s.Append(pick % 2 == 0 ? "<link rel=preload href=/f.woff2>" : "<img src=\"a.jpg\" width=600>"); break;
            }
        }
        while (open.Count > 0) s.Append("</").Append(open.Pop()).Append('>');
        return s.Append("\n</body>\n</html>").ToString();
    }

    private static string Mutate(string page, (int Op, double At, double Length, int Snippet)[] mutations)
    {
        var s = new StringBuilder(page);
        foreach (var (op, at, length, snippet) in mutations)
        {
            int pos = (int)(at * s.Length);
            int len = Math.Min(s.Length - pos, (int)(length * Math.Min(2000, s.Length)));
            switch (op)
            {
                case 0: s.Length = pos; break; // truncated download
                case 1: s.Remove(pos, len); break;
                case 2: s.Insert((int)(length * s.Length), s.ToString(pos, len)); break;
                case 3: s.Insert(pos, Snippets[snippet]); break;
                default: s.Remove(pos, Math.Min(len, 1)).Insert(pos, Snippets[snippet]); break;
            }
        }
        return s.ToString();
    }

    private static string[] LoadPages()
    {
        var fixtures = Path.Combine(TestContext.CurrentContext.TestDirectory, "Pages", "Fixtures");
        return Directory.GetFiles(fixtures, "*.html").Concat(Directory.GetFiles(TestPaths.Samples, "*.html"))
            .Order(StringComparer.Ordinal)
            .Select(f => PageDecoder.Decode(File.ReadAllBytes(f), null, f).Text)
            .ToArray();
    }
}
