using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Quantities;

namespace VnTechNewsExtractor.Investments;

/// <summary>
/// Finds who invested in whom, sentence by sentence, from trigger phrases (đầu tư vào, rót vốn, mua lại,
/// huy động vốn từ, được … hậu thuẫn, khoản đầu tư của …) and the company mentions around them. Lists give one
/// relation per pair; "hãng", "công ty này", "startup này" resolve to the company they refer to.
/// </summary>
public sealed class InvestmentExtractor
{
    private readonly InvestmentVocabulary _vocabulary = InvestmentVocabulary.Default;

    /// <summary>The relations of <paramref name="doc"/>; needs its sentences, company mentions, money and percentages.</summary>
    public IReadOnlyList<InvestmentRelation> Extract(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var relations = new List<InvestmentRelation>();
        var state = new DiscourseState();
        foreach (var sentence in doc.Sentences)
        {
            var mentions = doc.CompanyMentions.Where(m => m.Span.Start >= sentence.Start && m.Span.End <= sentence.End).ToList();
            foreach (var (trigger, at) in FindTriggers(doc.MatchText, sentence))
            {
                foreach (var (investors, investees) in Apply(doc, sentence, mentions, trigger, at, state))
                {
                    foreach (var investor in investors)
                    {
                        foreach (var investee in investees)
                        {
                            if (investor.Key == investee.Key) continue;
                            relations.Add(Build(doc, sentence, trigger, at, investor, investee));
                            state.LastInvestor = investor;
                        }
                    }
                }
            }
            if (mentions.Count > 0) state.LastSubject = mentions[0];
            state.LastMention = mentions.Count > 0 ? mentions[^1] : state.LastMention;
        }
        return relations;
    }

    private sealed class DiscourseState
    {
        public CompanyMention? LastInvestor { get; set; }
        public CompanyMention? LastSubject { get; set; }
        public CompanyMention? LastMention { get; set; }
    }

    private IEnumerable<(Trigger Trigger, int At)> FindTriggers(string match, Sentence sentence)
    {
        var taken = new List<TextSpan>();
        foreach (var t in _vocabulary.Triggers)
        {
            int from = sentence.Start;
            while ((from = match.IndexOf(t.Phrase, from, sentence.End - from, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(from, from + t.Phrase.Length);
                from = span.End;
                if (!Bounded(match, span) || taken.Any(s => s.Overlaps(span))) continue;
                if (t.Pattern == TriggerPattern.Forward && IsNoun(match, span.Start)) continue;
                taken.Add(span);
            }
        }
        foreach (var span in taken.OrderBy(s => s.Start))
            yield return (_vocabulary.Triggers.First(t => t.Phrase.Length == span.Length && string.CompareOrdinal(match, span.Start, t.Phrase, 0, t.Phrase.Length) == 0), span.Start);
    }

    /// <summary>"nhà đầu tư", "quỹ đầu tư", "khoản đầu tư": the verb used as part of a noun.</summary>
    private static bool IsNoun(string match, int at)
    {
        ReadOnlySpan<string> heads = ["nhà ", "quỹ ", "khoản ", "danh mục ", "vốn ", "hoạt động ", "việc ", "dòng ", "thương vụ ", "vòng "];
        foreach (var h in heads)
            if (at >= h.Length && string.CompareOrdinal(match, at - h.Length, h, 0, h.Length) == 0) return true;
        return false;
    }

    private static bool Bounded(string s, TextSpan span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(s[span.Start - 1])) && (span.End == s.Length || !char.IsLetterOrDigit(s[span.End]));

    private IEnumerable<(List<CompanyMention> Investors, List<CompanyMention> Investees)> Apply(
        Document doc, Sentence sentence, List<CompanyMention> mentions, Trigger trigger, int at, DiscourseState state)
    {
        var match = doc.MatchText;
        int triggerEnd = at + trigger.Phrase.Length;
        switch (trigger.Pattern)
        {
            case TriggerPattern.Forward:
            {
                var investees = ObjectGroup(doc, sentence, mentions, triggerEnd, state);
                if (investees.Count == 0) yield break;
                var investors = SubjectGroup(doc, sentence, mentions, at, state, exclude: investees);
                if (investors.Count > 0) yield return (investors, investees);
                break;
            }
            case TriggerPattern.Reverse:
            {
                int from = match.IndexOf(" từ ", triggerEnd, sentence.End - triggerEnd, StringComparison.Ordinal);
                if (from < 0) yield break;
                var investors = ObjectGroup(doc, sentence, mentions, from + 4, state);
                if (investors.Count == 0) yield break;
                var investees = SubjectGroup(doc, sentence, mentions, at, state, exclude: investors);
                if (investees.Count > 0) yield return (investors, investees);
                break;
            }
            case TriggerPattern.Passive:
            {
                // INVESTEE được INVESTORS verb: the verb must close the agent list within the sentence.
                foreach (var (verb, _) in _vocabulary.PassiveVerbs)
                {
                    int v = match.IndexOf(verb, triggerEnd, sentence.End - triggerEnd, StringComparison.Ordinal);
                    if (v < 0 || v - triggerEnd > 80) continue;
                    var investors = mentions.Where(m => m.Span.Start >= triggerEnd && m.Span.End <= v).ToList();
                    if (investors.Count == 0) continue;
                    var investees = SubjectGroup(doc, sentence, mentions, at, state, exclude: investors);
                    if (investees.Count > 0) yield return (investors, investees);
                    yield break;
                }
                break;
            }
            case TriggerPattern.Nominal:
            {
                // khoản đầu tư … của INVESTOR vào|là|bao gồm INVESTEES
                int of = match.IndexOf("của ", triggerEnd, Math.Min(60, sentence.End - triggerEnd), StringComparison.Ordinal);
                if (of < 0) yield break;
                var investor = mentions.FirstOrDefault(m => m.Span.Start >= of + 4 && m.Span.Start <= of + 6);
                if (investor is null) yield break;
                var investees = ObjectGroup(doc, sentence, mentions, investor.Span.End, state);
                if (investees.Count > 0) yield return ([investor], investees);
                break;
            }
        }
    }

    /// <summary>The company (or coordinated companies) nearest before <paramref name="before"/>, or what an anaphor there refers to.</summary>
    private List<CompanyMention> SubjectGroup(Document doc, Sentence sentence, List<CompanyMention> mentions, int before, DiscourseState state, List<CompanyMention> exclude)
    {
        var candidates = mentions.Where(m => m.Span.End <= before && !exclude.Any(e => e.Key == m.Key)).ToList();
        var anaphor = FindAnaphor(doc.MatchText, sentence.Start, before, last: true);
        if (anaphor is { } a && (candidates.Count == 0 || candidates[^1].Span.End < a.Start))
        {
            var referent = state.LastInvestor ?? state.LastSubject;
            return referent is null || exclude.Any(e => e.Key == referent.Key) ? [] : [referent];
        }
        if (candidates.Count == 0) return [];
        return Coordinated(doc.MatchText, candidates, candidates.Count - 1);
    }

    /// <summary>The company (or list of companies) that follows <paramref name="after"/> before the clause ends.</summary>
    private List<CompanyMention> ObjectGroup(Document doc, Sentence sentence, List<CompanyMention> mentions, int after, DiscourseState state)
    {
        var match = doc.MatchText;
        int limit = ClauseEnd(match, after, sentence.End);
        var candidates = mentions.Where(m => m.Span.Start >= after && m.Span.End <= limit).ToList();
        var anaphor = FindAnaphor(match, after, limit, last: false);
        if (anaphor is { } a && (candidates.Count == 0 || a.Start < candidates[0].Span.Start))
        {
            var referent = state.LastMention;
            return referent is null ? [] : [referent];
        }
        if (candidates.Count == 0) return [];
        var all = mentions.Where(m => m.Span.Start >= after).ToList();
        return Coordinated(match, all, 0);
    }

    private int ClauseEnd(string match, int from, int sentenceEnd)
    {
        int end = sentenceEnd;
        foreach (var w in _vocabulary.ClauseBreaks)
        {
            int i = match.IndexOf(" " + w + " ", from, end - from, StringComparison.Ordinal);
            if (i >= 0) end = i;
        }
        return end;
    }

    private TextSpan? FindAnaphor(string match, int from, int to, bool last)
    {
        TextSpan? best = null;
        foreach (var a in _vocabulary.Anaphors)
        {
            int i = from;
            while (i < to && (i = match.IndexOf(a, i, to - i, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(i, i + a.Length);
                i = span.End;
                if (!Bounded(match, span)) continue;
                if (best is null || (last ? span.Start > best.Value.Start : span.Start < best.Value.Start)) best = span;
            }
        }
        return best;
    }

    /// <summary>The mention at <paramref name="index"/> with the mentions joined to it by ",", "và", "cùng".</summary>
    private static List<CompanyMention> Coordinated(string match, List<CompanyMention> ordered, int index)
    {
        int lo = index, hi = index;
        while (lo > 0 && IsConjunction(match, ordered[lo - 1].Span.End, ordered[lo].Span.Start)) lo--;
        while (hi + 1 < ordered.Count && IsConjunction(match, ordered[hi].Span.End, ordered[hi + 1].Span.Start)) hi++;
        return ordered.GetRange(lo, hi - lo + 1).GroupBy(m => m.Key).Select(g => g.First()).ToList();
    }

    private static bool IsConjunction(string match, int end, int start)
    {
        if (start < end) return false;
        var between = match.AsSpan(end, start - end).Trim();
        return between is "," or "và" or ", và" or "cùng" or "cùng với" or "&" or "hay" or "hoặc";
    }

    private InvestmentRelation Build(Document doc, Sentence sentence, Trigger trigger, int at, CompanyMention investor, CompanyMention investee)
    {
        var evidence = new Evidence(sentence.Start, sentence.End, doc.Text[sentence.Start..sentence.End]);
        var kind = trigger.Kind;
        var match = doc.MatchText;
        var amount = doc.Money
            .Where(m => m.Start >= sentence.Start && m.End <= sentence.End && !m.Vague && !IsValuation(match, m.Start))
            .OrderBy(m => Math.Abs(m.Start - at)).FirstOrDefault();
        double? stake = null;
        foreach (var p in doc.Percentages)
        {
            if (p.Span.Start < sentence.Start || p.Span.End > sentence.End) continue;
            if (match.AsSpan(p.Span.End, Math.Min(12, sentence.End - p.Span.End)).TrimStart().StartsWith("cổ phần", StringComparison.Ordinal))
            {
                stake = p.Value;
                break;
            }
        }
        if (kind == InvestmentKind.Investment && stake is not null && amount is null) kind = InvestmentKind.Stake;
        string? round = null;
        var sentenceMatch = match.AsSpan(sentence.Start, sentence.Length);
        foreach (var (phrase, name) in _vocabulary.Rounds)
        {
            if (sentenceMatch.Contains(phrase, StringComparison.Ordinal)) { round = name; break; }
        }
        var date = DateRecognizer.Recognize(match, sentence.Start, sentence.End, doc.PublishedAt).Select(d => d.Value).FirstOrDefault();
        double confidence = trigger.Confidence;
        if (investor.Source == CompanyEvidence.Gazetteer && investee.Source == CompanyEvidence.Gazetteer) confidence = Math.Min(0.99, confidence + 0.05);
        return new InvestmentRelation(investor.Name, investee.Name, kind, evidence, Math.Round(confidence, 2))
        {
            Amount = amount,
            StakePercent = stake,
            Round = round,
            Date = date,
        };
    }

    /// <summary>"được định giá 2,6 tỷ USD", "giá trị vốn hóa": a valuation, not the deal's amount.</summary>
    private static bool IsValuation(string match, int moneyStart)
    {
        int from = Math.Max(0, moneyStart - 20);
        var before = match.AsSpan(from, moneyStart - from);
        return before.Contains("định giá", StringComparison.Ordinal) || before.Contains("vốn hóa", StringComparison.Ordinal) || before.Contains("doanh thu", StringComparison.Ordinal);
    }
}
