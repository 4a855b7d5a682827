using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>File names from URLs: safe, bounded, unique; pages and sidecars written atomically.</summary>
public class PageStoreTests
{
    [TestCase("https://vnexpress.net/startup-chim-se-nhan-5-trieu-usd-4800001.html", "vnexpress.net_startup-chim-se-nhan-5-trieu-usd-4800001-")]
    [TestCase("https://vnexpress.net/../../etc/passwd", "vnexpress.net_etc_passwd-")]
    [TestCase("https://cafef.vn/%2e%2e%2f%2e%2e%2fsecret", "cafef.vn_secret-")]
    [TestCase("https://dantri.com.vn/kinh-doanh/tin-tức-mới.htm", "dantri.com.vn_kinh-doanh_tin-tuc-moi-")]
    [TestCase("http://con/", "page_con-")]
    public void Names_are_safe(string url, string start)
    {
        var name = PageStore.FileNameFor(new Uri(url));
        Assert.Multiple(() =>
        {
            Assert.That(name, Does.StartWith(start));
            Assert.That(name, Does.EndWith(".html"));
            Assert.That(name, Does.Not.Contain("..").And.Not.Contain("/").And.Not.Contain("\\"));
            Assert.That(name, Does.Match("^[a-z0-9._-]+$"));
        });
    }

    [TestCase("http://con.example/", "page_con.example-")]      // Windows reserves "con" before any extension
    [TestCase("http://aux.example/a", "page_aux.example_a-")]
    [TestCase("http://console.example/", "console.example-")]
    public void Reserved_device_names_are_prefixed(string url, string start) =>
        Assert.That(PageStore.FileNameFor(new Uri(url)), Does.StartWith(start));

    [Test]
    public void Names_are_bounded_and_unique()
    {
        var longPath = "https://vnexpress.net/" + string.Concat(Enumerable.Repeat("rat-dai-", 60));
        var a = PageStore.FileNameFor(new Uri(longPath + "a"));
        var b = PageStore.FileNameFor(new Uri(longPath + "b"));
        Assert.Multiple(() =>
        {
            Assert.That(a, Has.Length.LessThanOrEqualTo(100));
            Assert.That(a, Is.Not.EqualTo(b), "same long prefix, different URLs");
            Assert.That(PageStore.FileNameFor(new Uri("https://x.vn/a?id=1")), Is.Not.EqualTo(PageStore.FileNameFor(new Uri("https://x.vn/a?id=2"))));
            Assert.That(PageStore.FileNameFor(new Uri("https://X.VN/a#top")), Is.EqualTo(PageStore.FileNameFor(new Uri("https://x.vn/a"))), "one canonical URL, one file");
            Assert.That(PageStore.FileNameFor(new Uri("https://x.vn/a?utm_source=fb")), Is.EqualTo(PageStore.FileNameFor(new Uri("https://x.vn/a"))));
        });
    }

    [Test]
    public async Task A_saved_page_has_its_sidecar_and_no_temporary_file()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-store-");
        try
        {
            var store = new PageStore(dir.FullName);
            var url = new Uri("https://vnexpress.net/a-1.html");
            Assert.That(store.Find(url), Is.Null);
            var page = new FetchResult
            {
                Url = url, FinalUrl = new Uri("https://vnexpress.net/a-1-moi.html"), FetchedAt = new DateTimeOffset(2025, 3, 1, 2, 3, 4, TimeSpan.Zero),
                Status = 200, ContentType = "text/html; charset=windows-1258", Charset = "windows-1258", Content = [0x3C, 0x70, 0x3E], Attempts = 1,
            };
            var path = await store.SaveAsync(page);
            var (sidecar, error) = PageSidecar.TryRead(path);
            Assert.Multiple(() =>
            {
                Assert.That(store.Find(url), Is.EqualTo(path));
                Assert.That(error, Is.Null);
                Assert.That(sidecar!.Url, Is.EqualTo("https://vnexpress.net/a-1.html"));
                Assert.That(sidecar.FinalUrl, Is.EqualTo("https://vnexpress.net/a-1-moi.html"));
                Assert.That(sidecar.Status, Is.EqualTo(200));
                Assert.That(sidecar.Charset, Is.EqualTo("windows-1258"));
                Assert.That(sidecar.ContentType, Is.EqualTo("text/html; charset=windows-1258"));
                Assert.That(sidecar.FetchedAt, Is.EqualTo(page.FetchedAt));
                Assert.That(sidecar.Length, Is.EqualTo(3));
                Assert.That(File.ReadAllText(PageSidecar.PathFor(path)), Does.Contain("\"finalUrl\""));
                Assert.That(Directory.GetFiles(dir.FullName, "*.tmp"), Is.Empty);
            });
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Test]
    public void A_broken_sidecar_is_an_error_not_an_exception()
    {
        var dir = Directory.CreateTempSubdirectory("vntech-store-");
        try
        {
            var page = Path.Combine(dir.FullName, "p.html");
            File.WriteAllText(page, "<p>x</p>");
            File.WriteAllText(PageSidecar.PathFor(page), "{ not json");
            var (sidecar, error) = PageSidecar.TryRead(page);
            Assert.That(sidecar, Is.Null);
            Assert.That(error!.Message, Does.Contain("p.html.meta.json"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
