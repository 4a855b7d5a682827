using System.Globalization;
using System.Text;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>Pages in the style of VnExpress, written for these tests: articles about funding deals and paginated section lists.</summary>
internal static class TestPages
{
    private static readonly (string Startup, string Fund, string Amount, string Field)[] Deals =
    [
        ("Chim Sẻ", "Mekong Ventures", "5 triệu USD", "giao hàng chặng cuối"),
        ("Lúa Vàng", "Sông Đà Capital", "120 tỷ đồng", "phân phối nông sản"),
        ("Mây Trắng", "Đông Á Partners", "8 triệu USD", "phần mềm kế toán"),
        ("Bến Nghé", "Hồ Tây Capital", "3 triệu USD", "đặt phòng khách sạn"),
        ("Sao Mai", "Phương Nam Fund", "60 tỷ đồng", "giáo dục trực tuyến"),
        ("Cánh Diều", "Trường Sơn Ventures", "2 triệu USD", "thanh toán di động"),
    ];

    /// <summary>An article about deal <paramref name="n"/> (wrapping around), published at <paramref name="published"/>.</summary>
    public static string Article(int n, DateTimeOffset published, string? canonical = null)
    {
        var (startup, fund, amount, field) = Deals[n % Deals.Length];
        var date = published.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        var shown = published.ToString("d/M/yyyy, HH:mm", CultureInfo.InvariantCulture);
        return $"""
            <!DOCTYPE html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>Startup {startup} nhận {amount} từ {fund} - VnExpress Kinh doanh</title>
            {(canonical is null ? "" : $"<link rel=\"canonical\" href=\"{canonical}\"/>")}
            <meta name="pubdate" itemprop="datePublished" content="{date}"/>
            </head>
            <body>
            <section class="section page-detail top-detail"><div class="container"><div class="sidebar-1">
            <div class="header-content width_common">
            <ul class="breadcrumb"><li><a href="/kinh-doanh">Kinh doanh</a></li><li><a href="/kinh-doanh/startup">Startup</a></li></ul>
            <span class="date">Thứ hai, {shown} (GMT+7)</span>
            </div>
            <h1 class="title-detail">Startup {startup} nhận {amount} từ {fund}</h1>
            <p class="description">Quỹ {fund} rót {amount} vào startup {startup} để mở rộng mảng {field} ra các tỉnh phía Bắc.</p>
            <article class="fck_detail ">
            <p class="Normal">Khoản đầu tư được hai bên công bố tại TP HCM. Theo đại diện {startup}, số vốn mới sẽ dùng để tuyển thêm kỹ sư và mở văn phòng tại Hà Nội.</p>
            <p class="Normal">{startup} thành lập năm 2019, hiện phục vụ khoảng 40.000 khách hàng mỗi tháng trong lĩnh vực {field}.</p>
            <p class="Normal">Đây là thương vụ thứ ba trong năm của {fund} tại Việt Nam, sau hai khoản rót vốn vào các công ty công nghệ tài chính.</p>
            <p class="author_mail"><strong>Minh Anh</strong></p>
            </article>
            </div></div></section>
            </body>
            </html>
            """;
    }

    /// <summary>A section list page linking <paramref name="links"/> (href, listed time or null), with a next page when given.</summary>
    public static string List(string title, IEnumerable<(string Href, DateTimeOffset? Listed)> links, string? next)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"><title>{title} - VnExpress</title>
            {(next is null ? "" : $"<link rel=\"next\" href=\"{next}\"/>")}
            </head><body>
            <h1 class="title-folder"><a href="/kinh-doanh">{title}</a></h1>
            <div class="width_common list-news-subfolder">

            """);
        int i = 0;
        foreach (var (href, listed) in links)
        {
            var time = listed is { } t ? $"<span class=\"time-public\"><time datetime=\"{t.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)}\"></time></span>" : "";
            sb.Append(CultureInfo.InvariantCulture, $"<article class=\"item-news item-news-common\"><h3 class=\"title-news\"><a href=\"{href}\">Tin số {++i}</a></h3>{time}<p class=\"description\"><a href=\"{href}\">Mô tả ngắn của tin.</a></p></article>\n");
        }
        sb.Append("<aside class=\"box-tin-xem-nhieu\"><h3><a href=\"/quang-cao.html\">Tin quảng cáo</a></h3></aside>\n</div></body></html>");
        return sb.ToString();
    }

    /// <summary>The team's windows-1258 fixture page (declares its charset in a meta tag).</summary>
    public static byte[] Windows1258Page() => File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Pages", "Fixtures", "legacy-windows-1258.html"));

    /// <summary>The title of <see cref="Windows1258Page"/>.</summary>
    public const string Windows1258Title = "Công ty Thép Bắc Hà tăng vốn lên 900 tỷ đồng";

    /// <summary>The windows-1258 page with its meta charset removed, so only the HTTP header can say what it is.</summary>
    public static byte[] Windows1258PageWithoutMeta()
    {
        var bytes = Windows1258Page();
        var marker = Encoding.ASCII.GetBytes("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1258\">");
        int at = bytes.AsSpan().IndexOf(marker);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the fixture's meta charset");
        return [.. bytes[..at], .. bytes[(at + marker.Length)..]];
    }
}
