using VnTechNewsExtractor.Evaluation;
using VnTechNewsExtractor.Pages;

namespace VnTechNewsExtractor.Tests.Companies;

/// <summary>The company spec table (Specs/companies.json): a sentence → the organisations in it, and names that are not.</summary>
public class CompanyRecognizerTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public sealed record CompanyCase(string Text, string[] Companies, string[] Not)
    {
        public override string ToString() => Text;
    }

    public static IEnumerable<CompanyCase> Cases() => SpecTable.Load<CompanyCase>("companies.json");

    [TestCaseSource(nameof(Cases))]
    public void Finds_the_organisations_and_only_them(CompanyCase spec)
    {
        var analysis = Analyzer.Analyze(new ArticleContent { IsArticle = true, Paragraphs = [spec.Text] }, "spec");
        var found = analysis.Companies.SelectMany(c => c.Aliases.Prepend(c.Name)).Select(NameMatcher.Normalize).ToHashSet();
        var names = analysis.Companies.Select(c => NameMatcher.Normalize(c.Name)).Order().ToArray();
        Assert.That(names, Is.EquivalentTo(spec.Companies.Select(NameMatcher.Normalize)), "companies");
        foreach (var not in spec.Not) Assert.That(found, Does.Not.Contain(NameMatcher.Normalize(not)), $"'{not}' is not a company");
        foreach (var company in analysis.Companies)
            foreach (var m in company.Mentions)
                Assert.That(analysis.Text[m.Start..m.End], Is.AnyOf([company.Name, .. company.Aliases]), "mentions index the text");
    }
}
