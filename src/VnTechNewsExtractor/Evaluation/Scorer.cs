namespace VnTechNewsExtractor.Evaluation;

/// <summary>Scores an analysis against its gold file, as the annotation guide defines.</summary>
public static class Scorer
{
    /// <summary>Relative tolerance when comparing amounts.</summary>
    public const double ValueTolerance = 0.01;

    /// <summary>Scores one article.</summary>
    public static ArticleScore Score(GoldArticle gold, ArticleAnalysis predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var names = new NameMatcher(gold.Aliases);
        var (companies, extraCompanies, missedCompanies) = ScoreCompanies(gold, predicted, names);
        var (money, extraMoney, missedMoney) = ScoreMoney(gold, predicted);
        var (investments, amounts, extraPairs, missedPairs) = ScoreInvestments(gold, predicted, names);
        return new ArticleScore
        {
            Id = gold.Id,
            Companies = companies,
            Money = money,
            Investments = investments,
            Amounts = amounts,
            ExtraCompanies = extraCompanies,
            MissedCompanies = missedCompanies,
            ExtraMoney = extraMoney,
            MissedMoney = missedMoney,
            ExtraInvestments = extraPairs,
            MissedInvestments = missedPairs,
            Errors = predicted.Errors.Select(e => e.Message).ToList(),
        };
    }

    private static (FieldScore, List<string>, List<string>) ScoreCompanies(GoldArticle gold, ArticleAnalysis predicted, NameMatcher names)
    {
        var required = gold.Companies.Required.Select(names.Key).ToHashSet(StringComparer.Ordinal);
        var allowed = gold.Companies.Optional.Select(names.Key).Concat(required).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in predicted.Companies)
        {
            // A predicted organisation is known by its name, or by an alias when only that one is in the gold.
            var key = new[] { c.Name }.Concat(c.Aliases).Select(names.Key).FirstOrDefault(allowed.Contains) ?? names.Key(c.Name);
            found.TryAdd(key, c.Name);
        }
        int hits = found.Keys.Count(allowed.Contains);
        int recallHits = found.Keys.Count(required.Contains);
        var extra = found.Where(f => !allowed.Contains(f.Key)).Select(f => f.Value).ToList();
        var missed = gold.Companies.Required.Where(r => !found.ContainsKey(names.Key(r))).ToList();
        return (new FieldScore(recallHits, found.Count, required.Count) { PrecisionHits = hits }, extra, missed);
    }

    private static (FieldScore, List<string>, List<string>) ScoreMoney(GoldArticle gold, ArticleAnalysis predicted)
    {
        var unmatched = gold.Money.ToList();
        var optional = gold.OptionalMoney.ToList();
        int hits = 0, counted = 0;
        var extra = new List<string>();
        foreach (var m in predicted.Money)
        {
            int g = unmatched.FindIndex(x => Same(x, m));
            if (g >= 0)
            {
                unmatched.RemoveAt(g);
                hits++;
                counted++;
                continue;
            }
            int o = optional.FindIndex(x => Same(x, m));
            if (o >= 0)
            {
                optional.RemoveAt(o);
                continue;
            }
            counted++;
            extra.Add($"{m.Text} = {(m.Vague ? "vague" : m.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture))} {m.Currency}");
        }
        var missed = unmatched.Select(x => $"{x.Text} = {(x.Value is null ? "vague" : x.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))} {x.Currency}").ToList();
        return (new FieldScore(hits, counted, gold.Money.Count), extra, missed);
    }

    private static bool Same(GoldMoney gold, MoneyAmount predicted)
    {
        if (!string.Equals(gold.Currency, predicted.Currency, StringComparison.OrdinalIgnoreCase)) return false;
        bool goldVague = gold.Vague || gold.Value is null;
        if (goldVague || predicted.Vague) return goldVague && predicted.Vague;
        return Close(gold.Value!.Value, predicted.Value!.Value);
    }

    internal static bool Close(decimal gold, decimal predicted) =>
        Math.Abs((double)(predicted - gold)) <= ValueTolerance * Math.Abs((double)gold);

    private static (FieldScore, FieldScore, List<string>, List<string>) ScoreInvestments(GoldArticle gold, ArticleAnalysis predicted, NameMatcher names)
    {
        (string, string) Pair(string a, string b) => (names.Key(a), names.Key(b));
        var goldPairs = gold.Investments.Select(i => Pair(i.Investor, i.Investee)).ToHashSet();
        var optionalPairs = gold.OptionalInvestments.Select(i => Pair(i.Investor, i.Investee)).ToHashSet();
        var predictedPairs = predicted.Investments.Select(i => Pair(i.Investor, i.Investee)).Distinct().ToList();
        int hits = predictedPairs.Count(goldPairs.Contains);
        int counted = predictedPairs.Count(p => goldPairs.Contains(p) || !optionalPairs.Contains(p));
        var extra = predicted.Investments.Where(i => !goldPairs.Contains(Pair(i.Investor, i.Investee)) && !optionalPairs.Contains(Pair(i.Investor, i.Investee)))
            .Select(i => $"{i.Investor} -> {i.Investee}").Distinct().ToList();
        var missed = gold.Investments.Where(i => !predictedPairs.Contains(Pair(i.Investor, i.Investee))).Select(i => $"{i.Investor} -> {i.Investee}").Distinct().ToList();

        int withAmounts = 0, amountHits = 0;
        foreach (var g in gold.Investments.Where(i => i.Amounts is { Count: > 0 }))
        {
            withAmounts++;
            var pair = Pair(g.Investor, g.Investee);
            bool carried = predicted.Investments.Any(p => Pair(p.Investor, p.Investee) == pair && p.Amount?.Value is { } v
                && (g.Currency is null || string.Equals(g.Currency, p.Amount.Currency, StringComparison.OrdinalIgnoreCase))
                && g.Amounts!.Any(a => Close(a, v)));
            if (carried) amountHits++;
        }
        return (new FieldScore(hits, counted, goldPairs.Count), new FieldScore(amountHits, withAmounts, withAmounts), extra, missed);
    }
}
