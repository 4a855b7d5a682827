using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

public class CanonicalUrlTests
{
    [TestCase("HTTPS://VnExpress.NET/a.html#binh-luan", "https://vnexpress.net/a.html")]
    [TestCase("https://vnexpress.net:443/a.html", "https://vnexpress.net/a.html")]
    [TestCase("http://vnexpress.net:8080/a.html", "http://vnexpress.net:8080/a.html")]
    [TestCase("https://vnexpress.net", "https://vnexpress.net/")]
    [TestCase("https://vnexpress.net/a.html?utm_source=fb&id=3&fbclid=x", "https://vnexpress.net/a.html?id=3")]
    [TestCase("https://vnexpress.net/a.html?utm_campaign=x", "https://vnexpress.net/a.html")]
    public void One_spelling_per_page(string url, string canonical) =>
        Assert.That(CanonicalUrl.Of(new Uri(url)).AbsoluteUri, Is.EqualTo(canonical));

    [TestCase("https://vnexpress.net/a", true)]
    [TestCase("http://127.0.0.1:8080/", true)]
    [TestCase("ftp://vnexpress.net/a", false)]
    [TestCase("file:///etc/passwd", false)]
    [TestCase("javascript:alert(1)", false)]
    [TestCase("/relative/path", false)]
    public void Only_http_and_https_are_urls_to_fetch(string text, bool ok) =>
        Assert.That(CanonicalUrl.TryParse(text, out _), Is.EqualTo(ok));
}
