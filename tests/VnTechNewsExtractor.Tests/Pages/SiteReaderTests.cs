using System.Globalization;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>The site readers and the generic reader on small pages written in each site's markup (fictional content).</summary>
public class SiteReaderTests
{
    private static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Pages", "Fixtures", name);

    private static ArticleContent Read(string name) => new HtmlArticleReader().Read(File.ReadAllBytes(Fixture(name)), null, null);

    public static IEnumerable<SiteReaderCase> Articles =>
    [
        new("vnexpress-current.html", "vnexpress.net", "Chuỗi cà phê Hạt Nâu nhận 15 triệu USD từ quỹ Singapore", "Quỹ Lotus Harbor Capital rót",
            "2025-09-20T07:30:00+07:00", ["Minh Châu"], ["Kinh doanh", "Doanh nghiệp"], 6, "Thương vụ được công bố",
            ["Ảnh: Hạt Nâu", "Minh Châu", "tổng hợp", "Chuỗi trà sữa", "Copy link", "giá hợp lý", "Chia sẻ"]),
        new("vnexpress-2018.html", "kinhdoanh.vnexpress.net", "Công ty phần mềm Sao Mai được định giá 200 triệu USD", "Nhà đầu tư Nhật Bản mua 25%",
            "2018-06-14T09:15:00+07:00", ["Lan Anh"], ["Kinh doanh", "Doanh nghiệp"], 3, "Theo thông báo của Sao Mai",
            ["Ảnh: SM", "Lan Anh", "Startup y tế"]),
        new("cafef.html", "cafef.vn", "Ngân hàng Phương Nam bán 15% vốn cho nhà đầu tư Hàn Quốc", "Phương Nam Bank vừa ký",
            "2025-08-01T14:20:00+07:00", ["Hoàng Yến"], ["Tài chính - ngân hàng"], 5, "Theo công bố của Phương Nam Bank",
            ["TIN MỚI", "Giá vàng hôm nay", "Trụ sở Phương Nam Bank", "Quảng cáo", "Hoàng Yến", "Nhịp sống kinh tế", "Ngân hàng ngoại"]),
        new("dantri.html", "dantri.com.vn", "Hãng xe điện Sông Hồng huy động 3.000 tỷ đồng trái phiếu", "(Dân trí) - Công ty cổ phần Xe điện Sông Hồng",
            "2025-04-15T09:05:12+07:00", ["Quốc Bảo"], ["Kinh doanh", "Doanh nghiệp"], 4, "Theo công bố thông tin",
            ["Giá vàng SJC", "Thị trường xe điện tăng tốc", "Thứ ba, 15/04/2025"]),
        new("tuoitre.html", "tuoitre.vn", "Startup nông nghiệp Lúa Vàng gọi vốn vòng A", "Lúa Vàng, startup bán vật tư",
            "2025-06-10T08:15:27+07:00", ["THU HÀ", "MINH KHOA"], ["Kinh doanh"], 6, "Vòng gọi vốn có sự tham gia",
            ["Ảnh: L.V.", "Quỹ ngoại đổ vốn", "Đọc tiếp", "tặng sao", "GMT+7"]),
        new("vietnamnet.html", "vietnamnet.vn", "Tập đoàn Đông Á mua lại chuỗi siêu thị Bốn Mùa", "Đông Á chi khoảng 1.800 tỷ đồng",
            "2025-03-02T16:40:00+07:00", ["Bảo Ngọc"], ["Kinh doanh", "Thị trường"], 3, "Thương vụ được hai bên ký kết",
            ["Bán lẻ thực phẩm cạnh tranh", "Ảnh: BM"]),
        new("thanhnien.html", "thanhnien.vn", "Hãng bay Cánh Cò thuê thêm 6 máy bay thân hẹp", "Cánh Cò Airlines ký hợp đồng",
            "2025-05-20T10:00:00+07:00", ["Anh Tuấn"], ["Kinh tế", "Doanh nghiệp"], 3, "Các máy bay sẽ được bàn giao",
            ["Giá vé máy bay hè"]),
        new("nld.html", "nld.com.vn", "Cảng Cái Mép mở rộng với vốn 7.500 tỷ đồng", "Liên doanh khai thác cảng",
            "2025-07-05T06:45:00+07:00", ["Ngọc Ánh"], ["Kinh tế"], 3, "Dự án khởi công trong quý IV",
            ["Hàng hóa qua cảng biển", "Ngọc Ánh"]),
        new("nld-2026.html", "nld.com.vn", "Hãng tàu Biển Bạc đặt đóng 4 tàu chở khí với giá 900 triệu USD", "Công ty Vận tải biển Biển Bạc",
            "2026-01-15T09:20:00+07:00", ["Lê Hải Yến"], ["Kinh tế"], 3, "Các con tàu có sức chở",
            ["Lê Hải Yến", "Theo dõi"]),
        new("nld-2026-inbody.html", "nld.com.vn", "Chuỗi nhà thuốc An Khang Xanh mở thêm 50 cửa hàng", "Chuỗi nhà thuốc An Khang Xanh sẽ có",
            "2026-01-20T14:05:00+07:00", ["Trần Minh", "Phúc Lâm"], ["Kinh tế"], 2, "Công ty mẹ của chuỗi",
            ["Trần Minh"]),
        new("vnexpress-2026.html", "vnexpress.net", "Nhà máy chip Đồng Nai nhận thêm 300 triệu USD", "Tập đoàn bán dẫn Silicon Lam Viên",
            "2026-02-03T08:10:00+07:00", ["Hoài Thương"], ["Kinh doanh", "Doanh nghiệp"], 3, "Khoản vốn mới đưa tổng đầu tư",
            ["Hoài Thương"]),
        new("znews.html", "znews.vn", "Ứng dụng học tiếng Anh Chim Sẻ được rót 5 triệu USD", "Chim Sẻ, ứng dụng luyện phát âm",
            "2025-02-11T19:30:00+07:00", ["Minh Phương"], ["Kinh doanh", "Startup"], 3, "Ứng dụng ra đời năm 2021",
            ["Ảnh: CS.", "Edtech Việt hút vốn", "Minh Phương"]),
        new("baodautu.html", "baodautu.vn", "Khu công nghiệp Tân Lộc thu hút dự án 250 triệu USD", "Một nhà sản xuất linh kiện",
            "2025-08-18T11:05:00+07:00", ["Thanh Sơn"], ["Đầu tư", "Khu công nghiệp"], 3, "Nhà máy có diện tích 18 ha",
            ["Vốn FDI vào khu công nghiệp tăng"]),
        new("baochinhphu.html", "baochinhphu.vn", "Thủ tướng chấp thuận chủ trương đầu tư dự án cảng hàng không Vân Phong", "Dự án cảng hàng không Vân Phong có tổng vốn",
            "2025-09-01T20:10:00+07:00", ["Thu Trang"], ["Kinh tế"], 3, "Theo quyết định, cảng hàng không",
            ["Thu Trang"]),
        new("generic-blog.html", "", "Vì sao quỹ ngoại thích startup logistics", "Trong năm 2024, các startup giao vận",
            "2025-01-08T15:00:00+07:00", ["Phạm Quang"], [], 4, "Lý do đầu tiên là thương mại điện tử",
            ["Chia sẻ", "Facebook", "Bình luận", "cảm ơn tác giả", "Quỹ đầu tư nội", "Đăng bởi"]),
        new("legacy-windows-1258.html", "tinthep.example", "Công ty Thép Bắc Hà tăng vốn lên 900 tỷ đồng", null,
            "2009-11-03T08:00:00+07:00", [], [], 3, "Đại hội cổ đông bất thường của Thép Bắc Hà",
            []),
    ];

    [TestCaseSource(nameof(Articles))]
    public void Reads_an_article(SiteReaderCase c)
    {
        var a = Read(c.File);
        var text = string.Join("\n", a.Paragraphs);
        Assert.Multiple(() =>
        {
            Assert.That(a.IsArticle, Is.True, "isArticle");
            Assert.That(a.Site ?? "", Is.EqualTo(c.Site), "site");
            Assert.That(a.Title, Is.EqualTo(c.Title), "title");
            if (c.LeadStart is null) Assert.That(a.Lead, Is.Null, "lead");
            else Assert.That(a.Lead, Does.StartWith(c.LeadStart), "lead");
            Assert.That(a.PublishedAt?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), Is.EqualTo(c.PublishedAt), "publishedAt");
            Assert.That(a.Authors, Is.EqualTo(c.Authors), "authors");
            Assert.That(a.Category, Is.EqualTo(c.Category), "category");
            Assert.That(a.Paragraphs, Has.Count.EqualTo(c.Paragraphs), "paragraphs:\n" + text);
            Assert.That(a.Paragraphs.FirstOrDefault(), Does.StartWith(c.FirstParagraphStart), "first paragraph");
            foreach (var bad in c.MustExclude) Assert.That(text, Does.Not.Contain(bad), $"'{bad}' leaked into the body");
            Assert.That(a.Paragraphs, Has.All.Matches<string>(p => p.IsNormalized(System.Text.NormalizationForm.FormC) && p == p.Trim() && !p.Contains("  ", StringComparison.Ordinal)), "normalised text");
            Assert.That(a.Errors, Is.Empty, "errors");
        });
    }

    [TestCase("vnexpress-list.html", "Tin kinh doanh mới nhất - VnExpress Kinh doanh")]
    [TestCase("generic-list.html", "Công nghệ - Tin Số Hôm Nay")]
    [TestCase("error-404.html", "404 - Không tìm thấy trang")]
    public void Section_list_and_error_pages_are_not_articles(string file, string title)
    {
        var a = Read(file);
        Assert.Multiple(() =>
        {
            Assert.That(a.IsArticle, Is.False);
            Assert.That(a.Title, Is.EqualTo(title), "a page that is not an article keeps its <title>");
            Assert.That(a.Paragraphs, Is.Empty);
            Assert.That(a.PublishedAt, Is.Null);
        });
    }

    [Test]
    public void Reports_undecodable_bytes_without_failing()
    {
        var a = Read("invalid-utf8.html");
        Assert.Multiple(() =>
        {
            Assert.That(a.Errors.Select(e => e.Code), Does.Contain(ExtractionErrorCodes.Encoding));
            Assert.That(a.Title, Is.Not.Null);
        });
    }

    [Test]
    public void Decodes_a_UTF8_page_with_a_byte_order_mark()
    {
        var html = "<html><head><meta charset='windows-1252'><title>Tiêu đề</title></head><body><h1>Tiêu đề</h1></body></html>";
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes(html)).ToArray();
        var a = new HtmlArticleReader().Read(bytes, null, null);
        Assert.That(a.Title, Is.EqualTo("Tiêu đề"), "the BOM wins over the meta charset");
    }

    [Test]
    public void Entities_and_whitespace_are_normalised()
    {
        var html = "<html><head><meta property='og:type' content='article'></head><body><article><h1>Ti&ecirc;u  &#273;&#7873;</h1>"
                   + string.Concat(Enumerable.Repeat("<p>C&ocirc;ng ty&nbsp;&nbsp;A &amp; B\n  báo lãi lớn trong năm nay, tăng mạnh so với năm trước nhờ xuất khẩu.</p>", 4))
                   + "</article></body></html>";
        var a = new HtmlArticleReader().Read(html);
        Assert.Multiple(() =>
        {
            Assert.That(a.Title, Is.EqualTo("Tiêu đề"));
            Assert.That(a.Paragraphs[0], Is.EqualTo("Công ty A & B báo lãi lớn trong năm nay, tăng mạnh so với năm trước nhờ xuất khẩu."));
        });
    }

    [Test]
    public void Never_runs_scripts_or_loads_resources()
    {
        var html = "<html><head><script>document.title='hacked'</script><link rel='stylesheet' href='http://127.0.0.1:1/x.css'></head>"
                   + "<body><h1>Tiêu đề</h1><script>document.write('<p>injected</p>')</script><iframe src='http://127.0.0.1:1/'></iframe></body></html>";
        var a = new HtmlArticleReader().Read(html);
        Assert.That(a.Title, Is.Not.EqualTo("hacked"));
    }

    [Test, CancelAfter(20_000)]
    public void Deeply_nested_pages_are_read_in_bounded_time()
    {
        const int depth = 100_000;
        var sb = new System.Text.StringBuilder("<html><body><h1>Sâu</h1>");
        for (int i = 0; i < depth; i++) sb.Append("<div>");
        sb.Append("<p>Văn bản rất sâu bên trong trang, đủ dài để được chấm điểm như một đoạn văn.</p>");
        for (int i = 0; i < depth; i++) sb.Append("</div>");
        sb.Append("</body></html>");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var a = new HtmlArticleReader().Read(sb.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
            Assert.That(a.Errors.Select(e => e.Code), Does.Contain(ExtractionErrorCodes.Limit));
        });
    }

    [Test]
    public void Huge_pages_are_cut_at_the_limit_and_reported()
    {
        var reader = new HtmlArticleReader(new HtmlReaderOptions { MaxChars = 10_000 });
        var html = "<html><body><h1>Lớn</h1>" + string.Concat(Enumerable.Repeat("<p>Một đoạn văn bản khá dài của trang rất lớn.</p>", 2_000)) + "</body></html>";
        var a = reader.Read(html);
        Assert.That(a.Errors.Select(e => e.Code), Does.Contain(ExtractionErrorCodes.Limit));
    }

    [Test]
    public void Too_many_elements_are_reported()
    {
        var reader = new HtmlArticleReader(new HtmlReaderOptions { MaxElements = 500 });
        var html = "<html><body><h1>Nhiều</h1>" + string.Concat(Enumerable.Repeat("<div><span>x</span></div>", 2_000)) + "</body></html>";
        var a = reader.Read(html);
        Assert.That(a.Errors.Select(e => e.Code), Does.Contain(ExtractionErrorCodes.Limit));
    }

    [TestCase("Thứ bảy, 7/3/2026, 00:05 (GMT+7)", "2026-03-07T00:05:00+07:00")]
    [TestCase("07-03-2026 - 00:01 AM", "2026-03-07T00:01:00+07:00")]
    [TestCase("07-03-2026 - 02:15 PM", "2026-03-07T14:15:00+07:00")]
    [TestCase("07/03/2026 08:01 GMT+7", "2026-03-07T08:01:00+07:00")]
    [TestCase("Thứ bảy, 07/03/2026 - 08:07", "2026-03-07T08:07:00+07:00")]
    [TestCase("19:30 11/2/2025", "2025-02-11T19:30:00+07:00")]
    public void Parses_visible_Vietnamese_dates(string visible, string expected)
    {
        Assert.That(HtmlArticleReader.VisibleDate(visible)?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), Is.EqualTo(expected));
    }

    [TestCase("Hà Thu (tổng hợp)", new[] { "Hà Thu" })]
    [TestCase("Theo Reuters", new[] { "Reuters" })]
    [TestCase("NHẬT XUÂN - NGHI VŨ", new[] { "NHẬT XUÂN", "NGHI VŨ" })]
    [TestCase("Minh Anh và Quốc Huy", new[] { "Minh Anh", "Quốc Huy" })]
    public void Cleans_bylines(string byline, string[] expected)
    {
        Assert.That(HtmlArticleReader.SplitAuthors(byline), Is.EqualTo(expected));
    }
}
