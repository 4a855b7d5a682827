using System.Text.Json;
using VnTechNewsExtractor.Serialization;

namespace VnTechNewsExtractor.Tests.Serialization;

/// <summary>The record's JSON is the contract users and the evaluation rely on.</summary>
public class ArticleJsonTests
{
    private static readonly string[] ContractFields =
    [
        "source", "url", "site", "isArticle", "title", "lead", "publishedAt", "authors", "category",
        "paragraphs", "text", "companies", "money", "investments", "errors",
    ];

    private static JsonElement SampleRecord()
    {
        var analysis = new ArticleAnalyzer().AnalyzeText(
            "Google cam kết đầu tư 2 tỷ USD vào Anthropic\n\nKhoản cam kết lớn.\n\nNăm ngoái, Google cam kết đầu tư 2 tỷ USD vào Anthropic.", "a.txt");
        return JsonDocument.Parse(ArticleJson.Serialize(analysis)).RootElement;
    }

    [Test]
    public void Every_contract_field_is_written_in_camel_case()
    {
        var json = SampleRecord();
        foreach (var field in ContractFields) Assert.That(json.TryGetProperty(field, out _), Is.True, field);
    }

    [Test]
    public void Money_and_investments_have_their_contract_fields()
    {
        var json = SampleRecord();
        var money = json.GetProperty("money")[0];
        foreach (var f in new[] { "text", "start", "end", "value", "currency", "approximate", "atLeast", "atMost", "vague", "max" })
            Assert.That(money.TryGetProperty(f, out _), Is.True, f);
        Assert.That(money.GetProperty("value").GetRawText(), Is.EqualTo("2000000000"));
        var inv = json.GetProperty("investments")[0];
        foreach (var f in new[] { "investor", "investee", "kind", "amount", "stakePercent", "round", "date", "evidence", "confidence" })
            Assert.That(inv.TryGetProperty(f, out _), Is.True, f);
        Assert.That(inv.GetProperty("kind").GetString(), Is.EqualTo("pledge"));
        var company = json.GetProperty("companies")[0];
        Assert.That(company.GetProperty("mentions")[0].TryGetProperty("start", out _), Is.True);
    }

    [Test]
    public void Vietnamese_text_is_written_unescaped_and_reads_back()
    {
        var analysis = new ArticleAnalyzer().AnalyzeText("Đầu tư vào Việt Nam\n\nSapo.\n\nThân bài.", "b.txt");
        var line = ArticleJson.Serialize(analysis);
        Assert.That(line, Does.Contain("Đầu tư vào Việt Nam"));
        Assert.That(ArticleJson.Deserialize(line), Is.Not.Null.And.Property("Title").EqualTo("Đầu tư vào Việt Nam"));
    }
}
