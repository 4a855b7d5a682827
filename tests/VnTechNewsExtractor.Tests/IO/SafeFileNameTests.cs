using CsCheck;
using VnTechNewsExtractor.IO;

namespace VnTechNewsExtractor.Tests.IO;

/// <summary>Names made from hostile strings stay inside their folder and never collide.</summary>
public class SafeFileNameTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "vntech-out");

    [TestCase("../../etc/passwd")]
    [TestCase("..")]
    [TestCase(".")]
    [TestCase("")]
    [TestCase("/etc/passwd")]
    [TestCase("C:\\Windows\\system32\\config")]
    [TestCase("\\\\server\\share\\x")]
    [TestCase("con")]
    [TestCase("CON.txt")]
    [TestCase("lpt1")]
    [TestCase("a\0b\u0001c\u007F\n\r\t")]
    [TestCase(".hidden")]
    [TestCase("https://vnexpress.net/../../../x.html?a=../b#frag")]
    [TestCase("https://cafef.vn/startup-ai-goi-von-2-trieu-usd-188240101.chn")]
    [TestCase("file:///etc/shadow")]
    [TestCase("Tập đoàn Sông Hồng rót 500 triệu USD vào Mây Xanh AI")]
    [TestCase("\uD800\uDC00\uD800 lone")]
    [TestCase("名前.html")]
    [TestCase("a:b*c?d\"e<f>g|h")]
    public void A_hostile_string_gives_a_plain_name_inside_the_folder(string original)
    {
        var name = SafeFileName.From(original, ".html");
        AssertSafe(name, 120);
        Assert.That(name, Does.EndWith(".html"));
        Assert.That(SafeFileName.InFolder(Folder, original, ".html"), Is.EqualTo(Path.Combine(Path.GetFullPath(Folder), name)));
    }

    [Test]
    public void A_url_keeps_its_host_and_path_and_vietnamese_loses_only_its_marks()
    {
        Assert.That(SafeFileName.From("https://vnexpress.net/ai-rot-von-1.html"), Does.StartWith("vnexpress.net-ai-rot-von-1.html-"));
        Assert.That(SafeFileName.From("Đầu tư vào Việt Nam"), Does.StartWith("Dau-tu-vao-Viet-Nam-"));
    }

    [Test]
    public void A_very_long_url_is_cut_to_the_limit_and_still_distinct()
    {
        var a = SafeFileName.From("https://example.vn/" + new string('a', 5000) + "1", ".html", maxLength: 100);
        var b = SafeFileName.From("https://example.vn/" + new string('a', 5000) + "2", ".html", maxLength: 100);
        AssertSafe(a, 100);
        Assert.That(a, Is.Not.EqualTo(b));
    }

    [Test]
    public void Strings_that_sanitise_alike_get_different_names() =>
        Assert.That(new[] { "a/b", "a\\b", "a-b", "a b", "a:b", "A-B" }.Select(s => SafeFileName.From(s)).Distinct().Count(), Is.EqualTo(6));

    [Test]
    public void Any_string_gives_a_safe_name_and_different_strings_different_names() =>
        Gen.String[0, 300].Array[2].Where(p => p[0] != p[1]).Sample(pair =>
        {
            var first = SafeFileName.From(pair[0], ".html");
            AssertSafe(first, 120);
            Assert.That(first, Is.Not.EqualTo(SafeFileName.From(pair[1], ".html")));
        });

    [TestCase("/tmp/out", "/tmp/out/a.html", true)]
    [TestCase("/tmp/out", "/tmp/out/sub/a.html", true)]
    [TestCase("/tmp/out", "/tmp/out/../a.html", false)]
    [TestCase("/tmp/out", "/tmp/outside/a.html", false)]
    [TestCase("/tmp/out", "/tmp/out", false)]
    [TestCase("/tmp/out/", "a.html", true)]
    [TestCase("/tmp/out", "../../etc/passwd", false)]
    [TestCase("/tmp/out", "/etc/passwd", false)]
    public void IsInside_resolves_dots_and_prefixes(string folder, string path, bool inside)
    {
        if (OperatingSystem.IsWindows()) Assert.Ignore("Unix paths");
        Assert.That(SafeFileName.IsInside(folder, path), Is.EqualTo(inside));
    }

    private static void AssertSafe(string name, int maxLength)
    {
        Assert.That(name.Length, Is.InRange(1, maxLength));
        Assert.That(name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'), Is.True, name);
        Assert.That(name, Does.Not.StartWith(".").And.Not.Contain(".."));
        Assert.That(name.Split('.')[0].ToUpperInvariant(), Is.Not.AnyOf("CON", "PRN", "AUX", "NUL", "COM1", "LPT1"));
        Assert.That(SafeFileName.IsInside(Folder, Path.Combine(Folder, name)), Is.True);
    }
}
