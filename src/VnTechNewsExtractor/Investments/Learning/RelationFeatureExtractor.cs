using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>Turns a <see cref="RelationCandidate"/> into the features the classifier reads.</summary>
internal static class RelationFeatureExtractor
{
    private static readonly string[] NegativeCues = ["vay", "trái phiếu", "hợp tác", "đàm phán", "tài trợ", "kiện", "giải thưởng", "đề nghị", "có thể", "dự kiến", "mua sắm", "hợp đồng", "thuê", "bán cho"];

    public static RelationFeatures Features(Document doc, RelationCandidate c, List<Party> parties)
    {
        var match = doc.MatchText;
        var s = c.Sentence;
        int triggerEnd = c.Match.End;
        var investee = c.Investee.Span;
        var investor = c.Investor.Span;
        var sentence = match.Substring(s.Start, s.Length);
        int lo = Math.Min(investor.End, investee.End), hi = Math.Max(investor.Start, investee.Start);
        int between = parties.Count(p => p.Span.Start >= lo && p.Span.End <= hi && p.Key != c.Investor.Key && p.Key != c.Investee.Key);
        var numeric = new float[RelationFeatures.NumericCount];
        numeric[0] = c.RuleAccepted ? 1 : 0;
        numeric[1] = investor.Start < c.At ? -1 : 1;
        numeric[2] = investee.Start < c.At ? -1 : 1;
        numeric[3] = investor.Start < investee.Start ? 1 : 0;
        numeric[4] = Math.Min(3f, Math.Abs(investor.Start - c.At) / 50f);
        numeric[5] = Math.Min(3f, Math.Abs(investee.Start - triggerEnd) / 50f);
        numeric[6] = c.Investor.IsPerson ? 1 : 0;
        numeric[7] = c.Investor.Known ? 1 : 0;
        numeric[8] = c.Investee.Known ? 1 : 0;
        numeric[9] = c.Investor.IsCandidate ? 1 : 0;
        numeric[10] = c.Investee.IsCandidate ? 1 : 0;
        numeric[11] = Math.Min(3, between) / 3f;
        numeric[12] = HasComma(match, Math.Min(triggerEnd, investee.Start), Math.Max(triggerEnd, investee.Start)) ? 1 : 0;
        numeric[13] = doc.Money.Any(m => m.Start >= s.Start && m.End <= s.End) ? 1 : 0;
        numeric[14] = doc.Percentages.Any(p => p.Span.Start >= s.Start && p.Span.End <= s.End) ? 1 : 0;
        numeric[15] = NegativeCues.Count(cue => sentence.Contains(cue, StringComparison.Ordinal)) / 2f;
        return new RelationFeatures
        {
            Trigger = c.Trigger.Phrase,
            Pattern = c.Trigger.Pattern.ToString(),
            Before = WordsBefore(match, c.At, 3, s.Start),
            Gap = investee.Start >= triggerEnd ? Words(match, triggerEnd, investee.Start, 6) : Words(match, investee.End, c.At, 6),
            InvestorContext = WordsBefore(match, investor.Start, 2, s.Start),
            Numeric = numeric,
        };
    }

    private static bool HasComma(string match, int from, int to) => to > from && match.AsSpan(from, to - from).Contains(',');

    private static string Words(string match, int from, int to, int max)
    {
        if (to <= from) return "";
        var words = match[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(max));
    }

    private static string WordsBefore(string match, int at, int count, int floor)
    {
        int from = Math.Min(at, Math.Max(floor, at - 40));
        var words = match[from..at].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(Math.Max(0, words.Length - count)));
    }
}
