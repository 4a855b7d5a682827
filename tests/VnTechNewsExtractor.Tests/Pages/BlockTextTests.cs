using AngleSharp.Html.Parser;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Pages;

/// <summary>Text as laid out on screen: blocks separate, inline elements join, scripts and captions never count.</summary>
public class BlockTextTests
{
    private static readonly HtmlParser Parser = new();

    [TestCase("<div><div>Tác giả</div><div>Hà Thu</div></div>", "Tác giả Hà Thu", TestName = "blocks separate words without white space between them")]
    [TestCase("<p><span>Hà</span><span>Nội</span></p>", "HàNội", TestName = "inline elements join")]
    [TestCase("<p>Hà<br>Nội</p>", "Hà Nội", TestName = "a line break separates")]
    [TestCase("<ul><li>Kinh doanh</li><li>Quốc tế</li></ul>", "Kinh doanh Quốc tế", TestName = "list items")]
    [TestCase("<p>Vốn <script>x()</script>2,75 tỷ USD</p>", "Vốn 2,75 tỷ USD", TestName = "scripts skipped")]
    [TestCase("<p> </p>", null, TestName = "white space only is nothing")]
    public void Text(string html, string? expected)
    {
        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        Assert.That(BlockText.Text(document.Body!.FirstElementChild), Is.EqualTo(expected));
    }

    [TestCase("<div><p>Một</p><p>Hai</p></div>", new[] { "Một", "Hai" }, TestName = "paragraphs")]
    [TestCase("<div>Đầu <b>đậm</b> cuối<div>Khối</div>Sau</div>", new[] { "Đầu đậm cuối", "Khối", "Sau" }, TestName = "a block inside text splits it")]
    [TestCase("<div><p>Một</p><figure><figcaption>Ảnh</figcaption></figure><p style=\"display: none\">Ẩn</p></div>", new[] { "Một" }, TestName = "captions and hidden elements skipped")]
    public void Paragraphs(string html, string[] expected)
    {
        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        Assert.That(BlockText.Paragraphs(document.Body!.FirstElementChild!), Is.EqualTo(expected));
    }
}
