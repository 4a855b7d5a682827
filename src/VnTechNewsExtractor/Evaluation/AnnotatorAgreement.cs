namespace VnTechNewsExtractor.Evaluation;

/// <summary>
/// Agreement between two independent annotations of the same articles, scored as the extractor is: the first
/// annotation is the reference, the second is read as if a program had predicted it (its required companies, its
/// money and its investments). Precision, recall and F1 of that score are the agreement figures.
/// </summary>
public static class AnnotatorAgreement
{
    /// <summary>
    /// Scores every gold file of <paramref name="secondDir"/> against the file of the same name in
    /// <paramref name="firstDir"/>; files without a counterpart are skipped.
    /// </summary>
    public static EvaluationReport Compare(string firstDir, string secondDir)
    {
        var first = CorpusEvaluator.LoadGold(firstDir).ToDictionary(g => g.File, StringComparer.Ordinal);
        var scores = new List<ArticleScore>();
        foreach (var second in CorpusEvaluator.LoadGold(secondDir))
            if (first.TryGetValue(second.File, out var reference))
                scores.Add(Scorer.Score(reference, AsAnalysis(second)));
        return new EvaluationReport(scores);
    }

    /// <summary>An annotation read as a prediction: required companies, money, and one record per investment figure.</summary>
    public static ArticleAnalysis AsAnalysis(GoldArticle gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var groups = gold.Aliases.Select(g => g.ToList()).ToList();
        IReadOnlyList<string> AliasesOf(string name) =>
            groups.FirstOrDefault(g => g.Any(a => NameMatcher.Normalize(a) == NameMatcher.Normalize(name)))?.Where(a => a != name).ToList() ?? [];
        var evidence = new Evidence(0, 0, "");
        var investments = new List<InvestmentRelation>();
        foreach (var i in gold.Investments)
        {
            var kind = Enum.TryParse<InvestmentKind>(i.Kind, ignoreCase: true, out var k) ? k : InvestmentKind.Investment;
            var relation = new InvestmentRelation(i.Investor, i.Investee, kind, evidence, 1) { StakePercent = (decimal?)i.StakePercent, Round = i.Round };
            if (i.Amounts is not { Count: > 0 } amounts) investments.Add(relation);
            else investments.AddRange(amounts.Select(a => relation with { Amount = new MoneyAmount("", 0, 0, a, i.Currency ?? "") }));
        }
        return new ArticleAnalysis
        {
            Source = gold.File,
            IsArticle = true,
            Companies = gold.Companies.Required.Select(n => new Company(n, []) { Aliases = AliasesOf(n) }).ToList(),
            Money = gold.Money.Select(m => new MoneyAmount(m.Text, 0, 0, m.Vague ? null : m.Value, m.Currency) { Vague = m.Vague || m.Value is null }).ToList(),
            Investments = investments,
        };
    }
}
