using System.Text.Json;
using VnTechNewsExtractor.Tests.Cli;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>A site added by a user's file named in VNTECH_SITES, without compiling: read once per process, so run as one.</summary>
public class UserSiteFileTests
{
    private const string Page = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nhà máy gạch Phú An tăng công suất</title>
        <link rel="canonical" href="https://tinphuan.example.vn/nha-may-gach-phu-an.html">
        <meta property="article:published_time" content="2026-01-10T08:00:00+07:00"></head><body>
        <div class="khung"><h1 class="tieu-de">Nhà máy gạch Phú An tăng công suất</h1>
        <div class="ghi-chu" data-vai-tro="tac-gia">Đỗ Thanh Bình</div>
        <div class="noi-dung">
        <p>Nhà máy gạch Phú An vừa đưa vào vận hành lò nung thứ ba, nâng công suất lên 90 triệu viên mỗi năm.</p>
        <p>Công ty cho biết lò mới dùng khí hóa than thay cho củi, giảm một nửa lượng khói thải so với lò cũ.</p>
        <p>Sản lượng tăng thêm chủ yếu cung cấp cho các dự án nhà ở xã hội trong tỉnh và các tỉnh lân cận.</p>
        </div></div></body></html>
        """;

    [Test]
    public async Task A_site_described_in_the_users_file_gets_a_site_reader()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-sites-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.html");
            await File.WriteAllTextAsync(page, Page);
            var sites = Path.Combine(dir.FullName, "my-sites.tsv");
            await File.WriteAllTextAsync(sites, "# Báo Phú An\ntinphuan.example.vn\tname\tTin Phú An\ntinphuan.example.vn\ttitle\th1.tieu-de\n" +
                "tinphuan.example.vn\tbody\tdiv.noi-dung\ntinphuan.example.vn\tauthor\t[data-vai-tro=tac-gia]\n");

            var without = await Analyze(page, null);
            var with = await Analyze(page, sites);
            Assert.Multiple(() =>
            {
                Assert.That(without.GetProperty("authors").GetArrayLength(), Is.Zero, "the generic reader does not know the byline");
                Assert.That(with.GetProperty("authors").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "Đỗ Thanh Bình" }));
                Assert.That(with.GetProperty("paragraphs").GetArrayLength(), Is.EqualTo(3));
            });

            await File.WriteAllTextAsync(sites, "tinphuan.example.vn\tcolour\tred\n");
            var (code, _, err) = await CliProcess.Run(new Dictionary<string, string?> { ["VNTECH_SITES"] = sites }, dir.FullName, TimeSpan.FromMinutes(2), "analyze", page);
            Assert.That(code, Is.Not.Zero);
            Assert.That(err, Does.Contain("my-sites.tsv line 1").And.Contain("unknown field 'colour'"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<JsonElement> Analyze(string page, string? sites)
    {
        var (code, output, err) = await CliProcess.Run(new Dictionary<string, string?> { ["VNTECH_SITES"] = sites }, Path.GetDirectoryName(page)!, TimeSpan.FromMinutes(2), "analyze", page);
        Assert.That(code, Is.Zero, err);
        return JsonDocument.Parse(output.Trim()).RootElement.Clone();
    }
}
