using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Investments;

/// <summary>The relation spec table (Specs/investments.json): a sentence → exactly the relations it states.</summary>
public class InvestmentExtractorTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public sealed record ExpectedRelation(string Investor, string Investee, string Kind, decimal? Amount, double? StakePercent);

    public sealed record RelationCase(string Text, ExpectedRelation[] Relations)
    {
        public override string ToString() => Text;
    }

    public static IEnumerable<RelationCase> Cases() => SpecTable.Load<RelationCase>("investments.json");

    [TestCaseSource(nameof(Cases))]
    public void Extracts_exactly_the_stated_relations(RelationCase spec)
    {
        var analysis = Analyzer.Analyze(new ArticleContent { IsArticle = true, Paragraphs = [spec.Text] }, "spec");
        var found = analysis.Investments
            .Select(r => $"{r.Investor} -> {r.Investee} ({r.Kind.ToString().ToLowerInvariant()}){(spec.Relations.Any(e => e.Amount is not null) ? " " + r.Amount?.Value : "")}")
            .Distinct().Order().ToArray();
        var expected = spec.Relations
            .Select(r => $"{r.Investor} -> {r.Investee} ({r.Kind}){(spec.Relations.Any(e => e.Amount is not null) ? " " + r.Amount : "")}")
            .Order().ToArray();
        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public void Evidence_is_the_sentence_and_offsets_index_the_text()
    {
        var analysis = Analyzer.Analyze(new ArticleContent { IsArticle = true, Title = "Tin đầu tư", Paragraphs = ["Mở đầu. Google đầu tư 300 triệu USD vào startup AI Anthropic. Kết thúc."] }, "spec");
        var relation = analysis.Investments.Single();
        Assert.That(analysis.Text[relation.Evidence.Start..relation.Evidence.End], Is.EqualTo(relation.Evidence.Text));
        Assert.That(relation.Evidence.Text, Is.EqualTo("Google đầu tư 300 triệu USD vào startup AI Anthropic."));
        Assert.That(relation.Confidence, Is.InRange(0.0, 1.0));
    }
}
