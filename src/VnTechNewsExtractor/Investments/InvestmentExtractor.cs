using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Investments.Learning;
using VnTechNewsExtractor.Quantities;

namespace VnTechNewsExtractor.Investments;

/// <summary>
/// Finds who invested in whom, sentence by sentence, from trigger phrases (đầu tư vào, rót vốn, mua lại,
/// huy động vốn từ, được … hậu thuẫn, khoản đầu tư của …, chào bán cổ phiếu cho …) and the companies and
/// people around them. Lists give one relation per pair; "công ty này", "startup này", and a bare "hãng" or
/// "công ty" opening a clause resolve to the company they refer to.
/// </summary>
public sealed class InvestmentExtractor
{
    private readonly InvestmentVocabulary _vocabulary = InvestmentVocabulary.Default;

    private readonly RelationClassifier? _classifier;

    /// <summary>Creates an extractor; with <paramref name="classifier"/>, candidate pairs are kept or dropped by the model.</summary>
    public InvestmentExtractor(RelationClassifier? classifier = null) => _classifier = classifier;

    /// <summary>The relations of <paramref name="doc"/>; needs its sentences, company and person mentions, money and percentages.</summary>
    public IReadOnlyList<InvestmentRelation> Extract(Document doc) => Extract(doc, out _);

    /// <summary>The relations, and the unknown names that a deal's context shows to be companies.</summary>
    internal IReadOnlyList<InvestmentRelation> Extract(Document doc, out List<CompanyMention> promoted)
    {
        var candidates = Candidates(doc, out var parties, all: _classifier is not null, forTraining: false);
        var kept = new List<(RelationCandidate Candidate, double Confidence)>();
        // The pair's other likely occurrences, best first: where the best one names no amount, another may.
        var others = new Dictionary<(string, string), List<RelationCandidate>>();
        if (_classifier is null)
        {
            kept.AddRange(candidates.Where(c => c.RuleAccepted).Select(c => (c, c.Trigger.Confidence)));
        }
        else
        {
            // One decision per pair of the article: its best-scoring occurrence, which also gives the evidence.
            var context = RelationContext.Of(doc, candidates);
            foreach (var group in candidates.GroupBy(c => (c.Investor.Key, c.Investee.Key)))
            {
                var scored = group.Select(c => (Candidate: c, P: _classifier.Score(RelationFeatureExtractor.Features(doc, c, parties, context))))
                    .OrderByDescending(x => x.P).ToList();
                var best = scored[0];
                bool rule = group.Any(c => c.RuleAccepted);
                if (best.P < (rule ? _classifier.KeepThreshold : _classifier.AddThreshold)) continue;
                kept.Add((best.Candidate, best.P));
                others[group.Key] = scored.Skip(1).Where(x => x.P >= best.P / 2 && x.Candidate.Sentence != best.Candidate.Sentence).Select(x => x.Candidate).ToList();
            }
            // A deal has one direction: of a pair kept both ways, the likelier stays (unless the rules took both).
            var byPair = kept.ToDictionary(k => (k.Candidate.Investor.Key, k.Candidate.Investee.Key));
            kept.RemoveAll(k => byPair.TryGetValue((k.Candidate.Investee.Key, k.Candidate.Investor.Key), out var reverse)
                                && (reverse.Confidence > k.Confidence || reverse.Confidence == k.Confidence && string.CompareOrdinal(k.Candidate.Investor.Key, reverse.Candidate.Investor.Key) > 0)
                                && !(k.Candidate.RuleAccepted && reverse.Candidate.RuleAccepted));
        }
        // "Ông chủ Amazon Jeff Bezos đầu tư …": a company naming the person right after it qualifies that person, who is
        // the investor; the classifier's pair for the company is dropped when the person's pair with the same investee stands.
        kept.RemoveAll(k => !k.Candidate.RuleAccepted && !k.Candidate.Investor.IsPerson && kept.Any(p => p.Candidate.Investor.IsPerson
            && p.Candidate.Investee.Key == k.Candidate.Investee.Key && p.Candidate.Sentence.Start == k.Candidate.Sentence.Start
            && p.Candidate.Investor.Span.Start >= k.Candidate.Investor.Span.End && p.Candidate.Investor.Span.Start - k.Candidate.Investor.Span.End <= 1));
        promoted = [];
        var relations = new List<InvestmentRelation>();
        var keptCandidates = kept.Select(k => k.Candidate).ToList();
        foreach (var (c, confidence) in kept.OrderBy(k => k.Candidate.Sentence.Start).ThenBy(k => k.Candidate.At))
        {
            foreach (var p in new[] { c.Investor, c.Investee }.Where(p => p.IsCandidate))
            {
                var mention = doc.NameCandidates.First(m => m.Span == p.Span);
                if (!promoted.Contains(mention)) promoted.Add(mention);
            }
            var relation = Build(doc, c, confidence, keptCandidates);
            if (relation.Amount is null && others.TryGetValue((c.Investor.Key, c.Investee.Key), out var alternatives))
            {
                foreach (var other in alternatives)
                {
                    var elsewhere = Build(doc, other, confidence, keptCandidates);
                    if (elsewhere.Amount is null) continue;
                    relation = relation with { Amount = elsewhere.Amount, StakePercent = relation.StakePercent ?? elsewhere.StakePercent };
                    break;
                }
            }
            relations.Add(relation);
        }
        return relations;
    }

    /// <summary>
    /// Every candidate pair of the document: those the rules accept and, with <paramref name="all"/>, the wider pairings
    /// a classifier judges (<see cref="AddWide"/>). <paramref name="forTraining"/> pairs every deal sentence with the
    /// previous sentence's organisations, so that a classifier learns from all such pairs, while analysis pairs only the
    /// sentences that refer back or drop their subject.
    /// </summary>
    internal List<RelationCandidate> Candidates(Document doc, out List<Party> parties, bool all, bool forTraining)
    {
        ArgumentNullException.ThrowIfNull(doc);
        parties = doc.CompanyMentions.Select(m => new Party(m.Span, m.Key, m.Name, false, m.Source == CompanyEvidence.Gazetteer))
            .Concat(doc.PersonMentions.Select(p => new Party(p.Span, "p:" + p.Name, p.Name, true, false)))
            .OrderBy(p => p.Span.Start).ToList();
        var unknown = doc.NameCandidates.Select(m => new Party(m.Span, m.Key, m.Name, false, false, IsCandidate: true)).ToList();
        var result = new List<RelationCandidate>();
        var state = new DiscourseState();
        List<Party> previous = [];
        foreach (var sentence in doc.Sentences)
        {
            var inSentence = parties.Where(m => m.Span.Start >= sentence.Start && m.Span.End <= sentence.End).ToList();
            state.EarlierObjects.Clear();
            var withUnknown = inSentence.Concat(unknown.Where(m => m.Span.Start >= sentence.Start && m.Span.End <= sentence.End)).OrderBy(p => p.Span.Start).ToList();
            var triggers = FindTriggers(doc.MatchText, sentence, all).ToList();
            if (all) AddWide(result, sentence, triggers, withUnknown, forTraining || CarriesOver(doc.MatchText, sentence, triggers, withUnknown) ? previous : []);
            previous = withUnknown.Where(p => !p.IsPerson).ToList();
            foreach (var trigger in triggers)
            {
                if (trigger.SetAside) continue;
                // Known parties first; an unknown name fills a slot only when nobody known does.
                var found = Apply(doc, sentence, inSentence, trigger, state).ToList();
                if (found.Count == 0 && withUnknown.Count > inSentence.Count) found = Apply(doc, sentence, withUnknown, trigger, state).ToList();
                var accepted = new HashSet<(string, string)>();
                foreach (var (investors, investees) in found)
                {
                    foreach (var investor in investors)
                    {
                        foreach (var investee in investees)
                        {
                            if (investor.Key == investee.Key || investee.IsPerson || !accepted.Add((investor.Key, investee.Key))) continue;
                            result.Add(new RelationCandidate(sentence, trigger, investor, investee, RuleAccepted: true));
                            state.LastInvestor = investor;
                            state.LastInvestee = investee;
                            state.EarlierObjects.TryAdd(investee.Key, investor);
                        }
                    }
                }
            }
            var companies = inSentence.Where(p => !p.IsPerson).ToList();
            if (inSentence.Count > 0) state.LastSubject = inSentence[0];
            if (companies.Count > 0) state.LastMention = companies[^1];
        }
        return result;
    }

    /// <summary>
    /// The pairs a classifier judges beside the rules' own: every ordered pair of the sentence's parties (known,
    /// people and unknown names) at its nearest trigger, and pairs with the previous sentence's organisations, whose
    /// subject a pronoun or a dropped subject may carry over.
    /// </summary>
    private static void AddWide(List<RelationCandidate> result, Sentence sentence, List<TriggerMatch> triggers, List<Party> inSentence, List<Party> previous)
    {
        if (triggers.Count == 0 || inSentence.Count > MaxWideParties) return;
        TriggerMatch Nearest(Party a, Party b)
        {
            int mid = (Math.Min(a.Span.Start, b.Span.Start) + Math.Max(a.Span.End, b.Span.End)) / 2;
            return triggers.MinBy(t => Math.Abs(t.At - mid));
        }
        foreach (var investor in inSentence)
            foreach (var investee in inSentence)
                if (investor.Key != investee.Key && !investee.IsPerson)
                    result.Add(new RelationCandidate(sentence, Nearest(investor, investee), investor, investee, RuleAccepted: false));
        foreach (var other in previous.Take(4))
        {
            foreach (var here in inSentence.Where(p => p.Key != other.Key))
            {
                if (!here.IsPerson) result.Add(new RelationCandidate(sentence, triggers[0], other, here, RuleAccepted: false, CrossSentence: true));
                result.Add(new RelationCandidate(sentence, triggers[0], here, other, RuleAccepted: false, CrossSentence: true));
            }
        }
    }

    private const int MaxWideParties = 14;

    /// <summary>
    /// Whether a sentence may speak of the previous one's organisations: it refers back ("công ty này", "hãng", "qua
    /// đó"), drops its subject (no party before its first deal verb) or a forward verb's object (no party after it).
    /// </summary>
    private bool CarriesOver(string match, Sentence sentence, List<TriggerMatch> triggers, List<Party> inSentence)
    {
        // The subject is dropped when no party precedes the first deal verb (nouns such as "thương vụ" open no clause).
        var verbs = triggers.Where(t => t.Trigger.Pattern is TriggerPattern.Forward or TriggerPattern.Reverse or TriggerPattern.Passive).ToList();
        if (verbs.Count == 0) return false;
        int first = verbs[0].At;
        if (!inSentence.Any(p => p.Span.End <= first)) return true;
        // The object is dropped when no party follows a forward verb ("… nắm giữ gần 6 triệu cổ phần"): it is the company spoken of before.
        if (verbs.Any(v => v.Trigger.Pattern == TriggerPattern.Forward && !inSentence.Any(p => p.Span.Start >= v.End))) return true;
        var head = match.AsSpan(sentence.Start, first - sentence.Start);
        foreach (var a in _vocabulary.Anaphors)
            if (head.Contains(a, StringComparison.Ordinal)) return true;
        return false;
    }

    private sealed class DiscourseState
    {
        /// <summary>The investees of the current sentence's earlier triggers, with their investors.</summary>
        public Dictionary<string, Party> EarlierObjects { get; } = new(StringComparer.Ordinal);

        public Party? LastInvestee { get; set; }

        public Party? LastInvestor { get; set; }
        public Party? LastSubject { get; set; }
        public Party? LastMention { get; set; }
    }

    private IEnumerable<TriggerMatch> FindTriggers(string match, Sentence sentence, bool all)
    {
        var taken = new List<TriggerMatch>();
        foreach (var t in _vocabulary.Triggers)
        {
            var first = t.Parts[0];
            int from = sentence.Start;
            while (from < sentence.End && (from = match.IndexOf(first, from, sentence.End - from, StringComparison.Ordinal)) >= 0)
            {
                int start = from;
                from += first.Length;
                if (!Bounded(match, new TextSpan(start, start + first.Length))) continue;
                if (MatchRest(match, t, start + first.Length, sentence.End) is not { } end) continue;
                var span = new TextSpan(start, end);
                if (taken.Any(s => s.Span.Overlaps(span))) continue;
                bool setAside = t.Pattern == TriggerPattern.Cue || t.Pattern == TriggerPattern.Forward && IsNoun(match, span.Start) || Blocked(match, span.Start);
                if (setAside && !all) continue;
                taken.Add(new TriggerMatch(t, span) { SetAside = setAside });
            }
        }
        return taken.OrderBy(s => s.At);
    }

    /// <summary>The end of a gapped phrase whose first part ends at <paramref name="pos"/>: each further part within six words, no clause punctuation between.</summary>
    private static int? MatchRest(string match, Trigger t, int pos, int limit)
    {
        for (int p = 1; p < t.Parts.Length; p++)
        {
            var part = t.Parts[p];
            int window = Math.Min(limit, pos + 48);
            int i = IndexOfWord(match, part, pos, window);
            if (i < 0 || match.AsSpan(pos, i - pos).IndexOfAny(",;:.\"") >= 0 && !IsNumberGap(match.AsSpan(pos, i - pos))) return null;
            if (match.AsSpan(pos, i - pos).Count(' ') > 7) return null;
            pos = i + part.Length;
        }
        return pos;
    }

    /// <summary>"2,75" and "1.000" hold punctuation that does not end a clause.</summary>
    private static bool IsNumberGap(ReadOnlySpan<char> gap)
    {
        for (int i = 0; i < gap.Length; i++)
            if (gap[i] is ',' or '.' && !(i > 0 && i + 1 < gap.Length && char.IsDigit(gap[i - 1]) && char.IsDigit(gap[i + 1]))) return false;
        return gap.IndexOfAny(";:\"") < 0;
    }

    /// <summary>"nhà đầu tư", "quỹ đầu tư", "khoản đầu tư": the verb used as part of a noun.</summary>
    private static bool IsNoun(string match, int at)
    {
        ReadOnlySpan<string> heads = ["nhà ", "quỹ ", "khoản ", "danh mục ", "vốn ", "hoạt động ", "việc ", "dòng ", "thương vụ ", "vòng ", "lời mời ", "cơ hội ", "kêu gọi "];
        foreach (var h in heads)
            if (at >= h.Length && string.CompareOrdinal(match, at - h.Length, h, 0, h.Length) == 0) return true;
        return false;
    }

    /// <summary>"hợp tác đầu tư", "kêu gọi đầu tư", "không đầu tư": no deal.</summary>
    private bool Blocked(string match, int at)
    {
        var before = match.AsSpan(0, at).TrimEnd();
        foreach (var w in _vocabulary.BlockedBefore)
            if (EndsWithWord(before, w)) return true;
        return false;
    }

    /// <summary>
    /// A bare verb's object must open with money, "vào", "cho", a name and the like: "đầu tư dự án X vào ngân hàng"
    /// and "rót tiền mua chip" are no deal with the company named later.
    /// </summary>
    private bool OpensObject(string match, List<Party> parties, int end)
    {
        int i = end;
        while (i < match.Length && match[i] == ' ') i++;
        if (i >= match.Length) return false;
        if (char.IsDigit(match[i]) || parties.Any(p => p.Span.Start == i)) return true;
        foreach (var w in _vocabulary.ObjectOpeners.Concat(Companies.CompanyVocabulary.Default.Designators))
            if (string.CompareOrdinal(match, i, w, 0, w.Length) == 0 && (i + w.Length == match.Length || !char.IsLetter(match[i + w.Length]))) return true;
        return false;
    }

    private static bool DirectObject(string match, int from, Party party)
    {
        if (party.Span.Start < from) return true;
        var gap = match.Substring(from, party.Span.Start - from);
        // "… tại 11 cảng biển, trong đó Cảng Hải Phòng …": the list introduced after the comma.
        int comma = ClauseComma(gap, 0, gap.Length);
        if (comma >= 0 && gap[(comma + 1)..].TrimStart() is var rest && (rest.StartsWith("trong đó", StringComparison.Ordinal) || rest.StartsWith("gồm", StringComparison.Ordinal) || rest.StartsWith("bao gồm", StringComparison.Ordinal) || rest.StartsWith("như", StringComparison.Ordinal)))
            gap = gap[..comma];
        var words = gap.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 7 && !words.Any(w => PredicateWords.Contains(w) || w is "gửi" or "tới" or "cho" or "từ" or "với");
    }

    /// <summary>"rót 1.200 tỷ đồng vào dự án khu đô thị Eco Riverside": a project or a plant, not a company.</summary>
    private static bool NamesAProject(string match, int from, Party party)
    {
        if (party.Span.Start <= from) return false;
        var gap = match.AsSpan(from, party.Span.Start - from);
        ReadOnlySpan<string> things = ["dự án", "khu đô thị", "nhà máy", "tòa nhà", "khu công nghiệp", "khu nghỉ dưỡng", "cao ốc"];
        foreach (var t in things)
        {
            int i = gap.LastIndexOf(t);
            if (i >= 0 && gap[(i + t.Length)..].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3) return true;
        }
        return false;
    }

    /// <summary>"cho X", "vào X" with no project or plant named before: "đầu tư dự án … vào ngân hàng" is no deal with the bank.</summary>
    private static bool LedByPreposition(string match, int from, Party party)
    {
        var gap = match.AsSpan(from, party.Span.Start - from).Trim();
        ReadOnlySpan<string> things = ["dự án", "nhà máy", "bất động sản", "mua", "xây", "hạ tầng", "khu", "sản xuất"];
        foreach (var t in things)
            if (gap.StartsWith(t, StringComparison.Ordinal)) return false;
        return EndsWithWord(gap, "cho") || EndsWithWord(gap, "vào") || EndsWithWord(gap, "tại");
    }

    private static bool Bounded(string s, TextSpan span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(s[span.Start - 1])) && (span.End == s.Length || !char.IsLetterOrDigit(s[span.End]));

    private IEnumerable<(List<Party> Investors, List<Party> Investees)> Apply(
        Document doc, Sentence sentence, List<Party> parties, TriggerMatch found, DiscourseState state)
    {
        var match = doc.MatchText;
        var trigger = found.Trigger;
        int at = found.At;
        int triggerEnd = found.End;
        switch (trigger.Pattern)
        {
            case TriggerPattern.Forward when ReceivedFrom(match, at, sentence.End) is { } from:
            {
                // "ReCell nhận cam kết đầu tư 3 triệu USD từ Quỹ Helios": the subject receives, the "từ" names the investor.
                foreach (var pair in SubjectReceives(doc, sentence, parties, from + (match[from] == 'b' ? 3 : 2), at, state)) yield return pair;
                break;
            }
            case TriggerPattern.Forward when IsPassiveVerb(match, at):
                // "được đầu tư" without a source: the passive trigger reads the agents.
                break;
            case TriggerPattern.Forward:
            {
                // Phrases that end in their object's preposition or in the share itself ("nắm … cổ phần") have opened the object.
                var last = trigger.Parts[^1];
                bool opened = last.EndsWith(" vào", StringComparison.Ordinal) || last.EndsWith(" trong", StringComparison.Ordinal)
                              || last is "cổ phần" or "vốn" or "cổ phiếu" || OpensObject(match, parties, triggerEnd);
                var investees = ObjectGroup(doc, sentence, parties, triggerEnd, state, out var anaphoric);
                if (investees.Count == 0 && anaphoric is null) yield break;
                if (investees.Count > 0 && NamesAProject(match, triggerEnd, investees[0])) yield break;
                // "mua 10% cổ phần của X", "nắm 15% tại ứng dụng … BeautyBook": the share's company follows it, not a later clause's.
                if (last is "cổ phần" or "vốn" or "cổ phiếu" && investees.Count > 0 && !DirectObject(match, triggerEnd, investees[0])) yield break;
                // "đầu tư AI … cho OpenAI": another object first is fine when "cho" or "vào" then leads to the company.
                if (!opened && (investees.Count == 0 || !LedByPreposition(match, triggerEnd, investees[0]))) yield break;
                var investors = SubjectGroup(doc, sentence, parties, at, state, exclude: investees, subjectInvests: true);
                if (investors.Count == 0) yield break;
                if (anaphoric is { } a) investees = Referent(parties, a, investors, state);
                if (investees.Count > 0) yield return (investors, investees);
                break;
            }
            case TriggerPattern.Reverse:
            {
                int from = IndexOfWord(match, "từ", triggerEnd - 3, sentence.End);
                if (from < 0) yield break;
                var investors = ObjectGroup(doc, sentence, parties, from + 2, state, out _);
                if (investors.Count == 0) yield break;
                // "… nhận … đầu tư 11 tỷ đồng từ Shark Linh cho startup Wisepass": "cho" names the investee.
                int to = IndexOfWord(match, "cho", investors[^1].Span.End, Math.Min(sentence.End, investors[^1].Span.End + 12));
                var named = to < 0 ? [] : ObjectGroup(doc, sentence, parties, to + 3, state, out _).Where(p => !p.IsPerson).Take(1).ToList();
                var investees = named.Count > 0 ? named : SubjectGroup(doc, sentence, parties, at, state, exclude: investors);
                if (investees.Count > 0) yield return (investors, investees);
                break;
            }
            case TriggerPattern.Passive when PassiveBy(match, triggerEnd, sentence.End) is { } by:
            {
                // "ShieldVN … được dẫn dắt bởi Quỹ Talon Growth và Tập đoàn Viễn thông Đại Dương".
                foreach (var pair in SubjectReceives(doc, sentence, parties, by, at, state)) yield return pair;
                break;
            }
            case TriggerPattern.Passive:
            {
                // INVESTEE được INVESTORS verb: the verb closes the agent list within the sentence.
                foreach (var (verb, _) in _vocabulary.PassiveVerbs)
                {
                    int v = IndexOfWord(match, verb, triggerEnd, Math.Min(sentence.End, triggerEnd + 100));
                    if (v < 0) continue;
                    // Every name between "được" and the verb is an agent: "được các quỹ ESP Capital, VIISA rót vốn".
                    var investors = parties.Where(m => m.Span.Start >= triggerEnd && m.Span.End <= v)
                        .Concat(doc.NameCandidates.Where(c => c.Span.Start >= triggerEnd && c.Span.End <= v).Select(c => new Party(c.Span, c.Key, c.Name, false, false, IsCandidate: true)))
                        .GroupBy(p => p.Key).Select(g => g.First()).OrderBy(p => p.Span.Start).ToList();
                    if (investors.Count == 0) continue;
                    // The agents are one list, and the verb follows it at once: "được AMD và Nvidia hậu thuẫn", "do quỹ Lotus Ventures dẫn dắt".
                    int first = investors.Count - 1;
                    while (first > 0 && Separator(match, investors[first - 1].Span.End, investors[first].Span.Start) is not null) first--;
                    investors = investors.GetRange(first, investors.Count - first);
                    if (match.AsSpan(investors[^1].Span.End, v - investors[^1].Span.End).ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2) yield break;
                    var investees = SubjectGroup(doc, sentence, parties, at, state, exclude: investors);
                    if (investees.Count == 0 && at == sentence.Start)
                    {
                        // "Được Tập đoàn Tiến Phát đầu tư 150 tỷ đồng, CTCP Thực phẩm … dự kiến …": the investee follows the comma.
                        int comma = ClauseComma(match, v, sentence.End);
                        if (comma > 0) investees = ObjectGroup(doc, sentence, parties, comma + 1, state, out _).Take(1).ToList();
                    }
                    if (investees.Count > 0) yield return (investors, investees);
                    yield break;
                }
                break;
            }
            case TriggerPattern.Nominal:
            {
                // khoản đầu tư [N] [của INVESTOR] vào|tại|là|bao gồm INVESTEES; without "của", the clause's subject invests.
                int of = IndexOfWord(match, "của", triggerEnd, Math.Min(sentence.End, triggerEnd + 60));
                var owner = of < 0 ? null : parties.FirstOrDefault(m => m.Span.Start >= of + 4 && OnlyDesignators(match, of + 4, m.Span.Start));
                // Without "của", only "X có (một) khoản đầu tư … tại Y" makes the subject the investor.
                var lead = match.AsSpan(sentence.Start, at - sentence.Start).TrimEnd();
                bool has = EndsWithWord(lead, "có") || EndsWithWord(lead, "có một") || EndsWithWord(lead, "có các") || EndsWithWord(lead, "có những");
                List<Party> investors = owner is not null ? [owner] : has ? SubjectGroup(doc, sentence, parties, at, state, exclude: [], subjectInvests: true) : [];
                if (investors.Count == 0) yield break;
                int after = owner?.Span.End ?? triggerEnd;
                var investees = ObjectGroup(doc, sentence, parties, after, state, out var anaphoric);
                if (anaphoric is { } a) investees = Referent(parties, a, investors, state);
                if (investees.Count > 0) yield return (investors, investees);
                break;
            }
            case TriggerPattern.Terms:
            {
                // "Shark Hưng đầu tư 2 triệu USD cho 6,8% cổ phần", "Với Shark Thuỷ, CEO của Luxstay đạt được thoả thuận ở mức
                // 2 triệu USD cho 5,17% cổ phần": money for a share, agreed. Asking ("kêu gọi 5 triệu USD cho 10%") and offers are no deal.
                if (!doc.Money.Any(m => m.End <= at && at - m.End <= 4)) yield break;
                var sentenceText = match.AsSpan(sentence.Start, sentence.Length);
                bool agreed = false, asked = false;
                foreach (var cue in AgreementCues) agreed |= sentenceText.Contains(cue, StringComparison.Ordinal);
                foreach (var cue in AskingCues) asked |= sentenceText.Contains(cue, StringComparison.Ordinal);
                if (!agreed || asked) yield break;
                var investor = parties.Where(p => p.Span.End <= at).OrderByDescending(p => p.Name.StartsWith("Shark ", StringComparison.Ordinal)).ThenByDescending(p => p.Span.Start).FirstOrDefault();
                if (investor is null) yield break;
                var investee = parties.FirstOrDefault(p => !p.IsPerson && p.Key != investor.Key) ?? Salient(doc, parties, investor);
                if (investee is not null) yield return ([investor], [investee]);
                break;
            }
            case TriggerPattern.Backing:
            {
                // "RetailIQ hoàn tất vòng Series A với sự tham gia của A, B và C", "Trà Mộc Lan nhận lời đề nghị của Shark Tùng".
                foreach (var pair in SubjectReceives(doc, sentence, parties, triggerEnd, at, state)) yield return pair;
                break;
            }
            case TriggerPattern.Sale:
            {
                // INVESTEE chào bán cổ phiếu … cho INVESTORS; "bán cổ phần [của] Z cho Y": Y buys into Z.
                int clause = ClauseComma(match, triggerEnd, sentence.End);
                int to = IndexOfWord(match, "cho", triggerEnd, clause < 0 ? sentence.End : clause);
                if (to < 0) yield break;
                var investors = ObjectGroup(doc, sentence, parties, to + 3, state, out _);
                if (investors.Count == 0) yield break;
                var named = parties.FirstOrDefault(m => !m.IsPerson && m.Span.Start >= triggerEnd && m.Span.End <= to);
                List<Party> investees = named is not null ? [named] : SubjectGroup(doc, sentence, parties, at, state, exclude: investors);
                if (investees.Count > 0) yield return (investors, investees);
                break;
            }
        }
    }

    /// <summary>"từ" after "nhận (được)" + a trigger: the position of "từ", or null.</summary>
    private static int? ReceivedFrom(string match, int at, int end)
    {
        var before = match.AsSpan(0, at).TrimEnd();
        // "nhận cam kết đầu tư … từ", and passives without an agent before the verb: "Farmio được rót 4 triệu USD từ quỹ …".
        if (!EndsWithWord(before, "nhận") && !EndsWithWord(before, "nhận được") && !EndsWithWord(before, "được") && !EndsWithWord(before, "bị")) return null;
        int from = IndexOfWord(match, "từ", at, end);
        if (from < 0) from = IndexOfWord(match, "bởi", at, end);
        return from < 0 ? null : from;
    }

    private static readonly string[] AgreementCues = ["đầu tư", "thỏa thuận", "thoả thuận", "đồng ý", "chốt", "bắt tay", "nhận lời", "chấp nhận", "đạt được"];

    private static readonly string[] AskingCues = ["kêu gọi", "gọi vốn", "mong muốn", "hy vọng", "muốn", "đề nghị", "đưa ra", "chào giá"];

    /// <summary>The company the article is about: the one mentioned most (a Shark Tank pitch's startup).</summary>
    private static Party? Salient(Document doc, List<Party> sentenceParties, Party investor)
    {
        var top = doc.CompanyMentions.GroupBy(m => m.Key).Where(g => g.Key != investor.Key)
            .OrderByDescending(g => g.Count()).FirstOrDefault();
        if (top is null || top.Count() < 2) return null;
        var m = top.First();
        return new Party(m.Span, m.Key, m.Name, false, m.Source == CompanyEvidence.Gazetteer);
    }

    private static bool IsPassiveVerb(string match, int at)
    {
        var before = match.AsSpan(0, at).TrimEnd();
        return EndsWithWord(before, "được") || EndsWithWord(before, "bị");
    }

    /// <summary>"được dẫn dắt bởi", "được hậu thuẫn bởi": the position after "bởi", or null.</summary>
    private int? PassiveBy(string match, int afterDuoc, int end)
    {
        int i = afterDuoc;
        while (i < end && match[i] == ' ') i++;
        foreach (var (verb, _) in _vocabulary.PassiveVerbs)
        {
            if (string.CompareOrdinal(match, i, verb, 0, verb.Length) != 0) continue;
            int j = i + verb.Length;
            while (j < end && match[j] == ' ') j++;
            if (string.CompareOrdinal(match, j, "bởi", 0, 3) == 0) return j + 3;
        }
        return null;
    }

    /// <summary>True when <c>[from, to)</c> holds only designators, titles and short descriptions ("Quỹ ", "doanh nhân ").</summary>
    private static bool OnlyDesignators(string match, int from, int to)
    {
        if (to < from || to - from > 30) return false;
        var gap = match.AsSpan(from, to - from);
        if (gap.IndexOfAny(",.;:()") >= 0) return false;
        var words = gap.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3;
    }

    /// <summary>The investors listed from <paramref name="investorsFrom"/> on, and the clause's subject before <paramref name="at"/> as the investee.</summary>
    private IEnumerable<(List<Party> Investors, List<Party> Investees)> SubjectReceives(
        Document doc, Sentence sentence, List<Party> parties, int investorsFrom, int at, DiscourseState state)
    {
        var investors = ObjectGroup(doc, sentence, parties, investorsFrom, state, out _);
        if (investors.Count == 0) yield break;
        var investees = SubjectGroup(doc, sentence, parties, at, state, exclude: investors);
        // "Hải Âu huy động … do quỹ Vertex dẫn dắt, với sự tham gia của SIG": the lead investor named by "do" is a
        // co-investor of the same round, not the company the others back; the clause's subject before it is.
        var leads = investees.Where(p => IsAgent(doc.MatchText, p)).ToList();
        if (leads.Count > 0)
        {
            investees = SubjectGroup(doc, sentence, parties, leads.Min(p => p.Span.Start), state, exclude: [.. investors, .. leads]);
            if (investees.Count > 0) yield return ([.. leads, .. investors], investees);
            yield break;
        }
        if (investees.Count > 0) yield return (investors, investees);
    }

    /// <summary>A party introduced as an agent: "do quỹ X dẫn dắt", "bởi X".</summary>
    private static bool IsAgent(string match, Party party)
    {
        var before = match.AsSpan(Math.Max(0, party.Span.Start - 12), Math.Min(12, party.Span.Start)).TrimEnd();
        if (EndsWithWord(before, "quỹ")) before = before[..^"quỹ".Length].TrimEnd();
        return EndsWithWord(before, "do") || EndsWithWord(before, "bởi");
    }

    internal static int IndexOfWord(string match, string word, int from, int to)
    {
        from = Math.Max(0, from);
        while (from < to)
        {
            int i = match.IndexOf(word, from, to - from, StringComparison.Ordinal);
            if (i < 0) return -1;
            if (Bounded(match, new TextSpan(i, i + word.Length))) return i;
            from = i + word.Length;
        }
        return -1;
    }

    /// <summary>The party (or listed parties) nearest before <paramref name="before"/>, or what a subject anaphor there refers to.</summary>
    private List<Party> SubjectGroup(Document doc, Sentence sentence, List<Party> parties, int before, DiscourseState state, List<Party> exclude, bool subjectInvests = false)
    {
        var candidates = parties.Where(m => m.Span.End <= before && !exclude.Any(e => e.Key == m.Key)).ToList();
        var anaphor = FindAnaphor(doc, parties, sentence.Start, before, subject: true);
        if (anaphor is { } a && (candidates.Count == 0 || candidates[^1].Span.End < a.Start))
        {
            // "Công ty đã đầu tư …" continues the last investor; "startup này đã huy động …" the last company invested in.
            var referent = subjectInvests
                ? state.LastInvestor is { IsPerson: false } ? state.LastInvestor : state.LastSubject
                : state.LastInvestee ?? (state.LastSubject is { IsPerson: false } ? state.LastSubject : null);
            return referent is null || exclude.Any(e => e.Key == referent.Key) ? [] : [referent];
        }
        if (candidates.Count == 0)
        {
            // "Sau khi thâu tóm 65% vốn của …, Quỹ Altavista Healthcare trở thành …": the subject follows the opening clause.
            var opening = doc.MatchText.AsSpan(sentence.Start, Math.Max(0, before - sentence.Start)).TrimStart();
            int comma = ClauseComma(doc.MatchText, before, sentence.End);
            if (comma > 0 && (opening.StartsWith("sau khi", StringComparison.Ordinal) || opening.StartsWith("khi", StringComparison.Ordinal) || opening.StartsWith("sau", StringComparison.Ordinal)))
            {
                var next = parties.FirstOrDefault(p => p.Span.Start > comma && p.Span.Start - comma <= 20 && !exclude.Any(e => e.Key == p.Key));
                if (next is not null) return [next];
            }
            return [];
        }
        // "tập đoàn Alibaba của tỷ phú Jack Ma đã ...": a name after "của" modifies the one before it.
        int index = candidates.Count - 1;
        while (index > 0 && IsPossessor(doc.MatchText, candidates[index])) index--;
        // "Google cam kết đầu tư … vào Anthropic, sau khi … đã mua 10% cổ phần …": the object of an earlier
        // clause is not the subject of the next one; that clause's subject goes on.
        if (subjectInvests && state.EarlierObjects.TryGetValue(candidates[index].Key, out var earlierInvestor) && !exclude.Any(e => e.Key == earlierInvestor.Key))
            return [earlierInvestor];
        return ListAround(doc.MatchText, candidates, index);
    }

    /// <summary>The party (or list of parties) that follows <paramref name="after"/> before the clause ends, or what an anaphor there refers to.</summary>
    /// <remarks>The first object stands before the clause's first comma; a list may go on after it.</remarks>
    private List<Party> ObjectGroup(Document doc, Sentence sentence, List<Party> parties, int after, DiscourseState state, out TextSpan? anaphoric)
    {
        var match = doc.MatchText;
        anaphoric = null;
        int limit = ClauseEnd(match, after, sentence.End);
        int comma = ClauseComma(match, after, limit);
        var candidates = parties.Where(m => m.Span.Start >= after && m.Span.End <= (comma >= 0 ? comma : limit)).ToList();
        if (candidates.Count == 0 && comma >= 0)
        {
            // "… tại 11 cảng biển, trong đó Cảng Hải Phòng, Cảng Sài Gòn và Cảng Đà Nẵng": the list follows.
            var rest = match.AsSpan(comma + 1).TrimStart();
            ReadOnlySpan<string> intros = ["trong đó", "gồm", "bao gồm", "như", "là"];
            foreach (var intro in intros)
            {
                if (!rest.StartsWith(intro, StringComparison.Ordinal)) continue;
                candidates = parties.Where(m => m.Span.Start > comma && m.Span.End <= limit).Take(1).ToList();
                break;
            }
        }
        if (comma >= 0) limit = Math.Max(comma, candidates.Count > 0 ? candidates[0].Span.End : comma);
        var anaphor = FindAnaphor(doc, parties, after, limit, subject: false);
        if (anaphor is { } a && (candidates.Count == 0 || a.Start < candidates[0].Span.Start))
        {
            anaphoric = a;
            return [];
        }
        if (candidates.Count == 0) return [];
        var all = parties.Where(m => m.Span.Start >= candidates[0].Span.Start).ToList();
        return ListAround(match, all, 0);
    }

    /// <summary>What an object anaphor ("startup này", "công ty") refers to: the latest company before it that is not the investor.</summary>
    private static List<Party> Referent(List<Party> parties, TextSpan anaphor, List<Party> investors, DiscourseState state)
    {
        var referent = parties.LastOrDefault(p => !p.IsPerson && p.Span.End <= anaphor.Start && !investors.Any(i => i.Key == p.Key));
        referent ??= state.LastMention is { } m && !investors.Any(i => i.Key == m.Key) ? m : null;
        return referent is null ? [] : [referent];
    }

    /// <summary>The first comma in [<paramref name="from"/>, <paramref name="to"/>) that separates clauses, not a decimal one ("2,5 tỷ USD"); -1 when none.</summary>
    private static int ClauseComma(string match, int from, int to)
    {
        for (int i = match.IndexOf(',', from, to - from); i >= 0; i = i + 1 < to ? match.IndexOf(',', i + 1, to - i - 1) : -1)
            if (!(i > 0 && i + 1 < match.Length && char.IsDigit(match[i - 1]) && char.IsDigit(match[i + 1]))) return i;
        return -1;
    }

    private int ClauseEnd(string match, int from, int sentenceEnd)
    {
        int end = sentenceEnd;
        foreach (var w in _vocabulary.ClauseBreaks)
        {
            int i = IndexOfWord(match, w, from, end);
            if (i >= 0) end = i;
        }
        return end;
    }

    private static bool IsPossessor(string match, Party party)
    {
        int from = Math.Max(0, party.Span.Start - 20);
        var before = match.AsSpan(from, party.Span.Start - from);
        int of = before.LastIndexOf("của ");
        return of >= 0 && before[(of + 4)..].Trim().Length <= 12 && (of == 0 || !char.IsLetter(before[of - 1]));
    }

    /// <summary>
    /// An anaphor in <c>[from, to)</c>: "công ty này", "startup này" anywhere; a bare "công ty", "hãng", "startup"
    /// only when no name follows it (then it is a designator: "startup AI Anthropic") and it is not an apposition
    /// after a name ("Essential AI, công ty đang ..."). A subject anaphor must open its clause.
    /// </summary>
    private TextSpan? FindAnaphor(Document doc, List<Party> parties, int from, int to, bool subject)
    {
        var match = doc.MatchText;
        TextSpan? best = null;
        foreach (var a in _vocabulary.Anaphors)
        {
            int i = from;
            while (i < to && (i = IndexOfWord(match, a, i, to)) >= 0)
            {
                var span = new TextSpan(i, i + a.Length);
                i = span.End;
                if (!IsAnaphor(doc, parties, span, subject)) continue;
                if (best is null || (subject ? span.Start > best.Value.Start : span.Start < best.Value.Start)) best = span;
            }
        }
        return best;
    }

    /// <summary>Words that show a verb phrase between an anaphor and a later name: "Công ty đã đầu tư vào Inflection AI".</summary>
    private static readonly HashSet<string> PredicateWords = new(StringComparer.Ordinal)
    {
        "đã", "đang", "sẽ", "vừa", "cũng", "là", "được", "bị", "có", "còn", "mới", "đều", "đầu", "rót", "bơm", "mua", "nắm", "sở", "cam", "huy", "gọi",
    };

    private static readonly string[] Quantifiers = ["một", "các", "những", "nhiều", "vài", "mấy", "mọi", "số", "hai", "ba", "bốn", "năm", "hàng loạt", "hàng chục", "hàng trăm"];

    private static bool IsAnaphor(Document doc, List<Party> parties, TextSpan span, bool subject)
    {
        var match = doc.MatchText;
        bool demonstrative = match.AsSpan(span.Start, span.Length).EndsWith(" này", StringComparison.Ordinal) || match.AsSpan(span.Start, span.Length) is "gã khổng lồ" or "công ty mẹ";
        // Followed by a name: a designator ("startup AI Anthropic", "công ty TNHH TC").
        var next = parties.FirstOrDefault(p => p.Span.Start >= span.End);
        if (next is not null && next.Span.Start - span.End <= 30)
        {
            var gap = match.Substring(span.End, next.Span.Start - span.End);
            bool predicate = gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => PredicateWords.Contains(w));
            if (gap.AsSpan().IndexOfAny(",.;:()\"") < 0 && !predicate) return false;
        }
        var before = match.AsSpan(0, span.Start).TrimEnd();
        // A counted or quantified noun is no reference: "tại 5 công ty", "một công ty AI", "các startup".
        if (before.Length > 0 && char.IsDigit(before[^1])) return false;
        foreach (var q in Quantifiers)
            if (EndsWithWord(before, q)) return false;
        if (demonstrative) return true;
        // An apposition: "Essential AI, công ty đang ...".

        if (before.EndsWith(",") && parties.Any(p => p.Span.End >= span.Start - 3 && p.Span.End <= span.Start)) return false;
        if (!subject) return true;
        // A bare subject anaphor opens its clause: "Công ty đã đầu tư vào ...", "Năm ngoái, hãng ...".
        return before.Length == 0 || before[^1] is '.' or ',' or '\n' or ':' or '"' || EndsWithWord(before, "và") || EndsWithWord(before, "nhưng");
    }

    private static bool EndsWithWord(ReadOnlySpan<char> s, string word) =>
        s.EndsWith(word, StringComparison.Ordinal) && (s.Length == word.Length || !char.IsLetter(s[^(word.Length + 1)]));

    /// <summary>
    /// The party at <paramref name="index"/> with the parties listed with it. A list is joined by "và", "hoặc", "cùng",
    /// or by commas when a conjunction also joins it ("Microsoft, OpenAI và Nvidia"); "OpenAI, Microsoft còn ..." is no list.
    /// </summary>
    private static List<Party> ListAround(string match, List<Party> ordered, int index)
    {
        int lo = index, hi = index;
        bool conjunction = false;
        while (lo > 0 && Separator(match, ordered[lo - 1].Span.End, ordered[lo].Span.Start) is { } s) { conjunction |= s; lo--; }
        while (hi + 1 < ordered.Count && Separator(match, ordered[hi].Span.End, ordered[hi + 1].Span.Start) is { } s) { conjunction |= s; hi++; }
        if (!conjunction)
        {
            // Commas alone: keep only conjunction-free neighbours in the direction of a real list, i.e. none.
            lo = hi = index;
        }
        return ordered.GetRange(lo, hi - lo + 1).GroupBy(m => m.Key).Select(g => g.First()).ToList();
    }

    private static bool? Separator(string match, int end, int start)
    {
        if (start < end) return null;
        var between = match.AsSpan(end, start - end).Trim();
        // "Cedar Peak Capital và Ngân hàng Bình Minh", "HydraFit và ứng dụng quản lý chi tiêu SpendWise", "… và ông Âu Dương Khánh":
        // the next name's designator or title, and a short description, stand after the conjunction.
        var vocabulary = Companies.CompanyVocabulary.Default;
        foreach (var d in vocabulary.Designators.Concat(vocabulary.PersonTitles).Append("nhà đầu tư").Append("nhà đầu tư thiên thần"))
        {
            int i = between.IndexOf(" " + d, StringComparison.Ordinal);
            if (i < 0 && between.StartsWith(d, StringComparison.Ordinal)) i = -1;
            else if (i < 0) continue;
            var head = between[..Math.Max(0, i)].Trim();
            var tail = between[(i + 1 + d.Length)..];
            if (tail.IndexOfAny(",.;:()") >= 0 || tail.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5) continue;
            if (head.Length == 0 || head is "," or "và" or ", và" or "cùng" or "hoặc" or "cũng như")
            {
                between = head;
                break;
            }
        }
        if (between.Length == 0) return null;
        if (between is ",") return false;
        if (between is "và" or ", và" or "cùng" or "cùng với" or "&" or "hay" or "hoặc" or "-" or "–" or "cũng như" or ", cũng như") return true;
        return null;
    }

    private InvestmentRelation Build(Document doc, RelationCandidate candidate, double confidence, IReadOnlyList<RelationCandidate> otherDeals)
    {
        var (sentence, trigger, at, investor, investee) = (candidate.Sentence, candidate.Trigger, candidate.At, candidate.Investor, candidate.Investee);
        var evidence = new Evidence(sentence.Start, sentence.End, doc.Text[sentence.Start..sentence.End]);
        var kind = trigger.Kind;
        var match = doc.MatchText;
        // The amount nearest the trigger, unless another deal's trigger of the sentence, with another investee, is nearer to it
        // ("cam kết đầu tư 500 triệu USD …, đồng thời nắm 15% cổ phần": the 500 million is the pledge's).
        // Co-investors of one company's round share its figure ("huy động 10 triệu USD do X dẫn dắt, với sự tham gia của Y").
        var otherTriggers = otherDeals.Where(c => c.Sentence.Start == sentence.Start && c.At != at && c.Investee.Key != investee.Key)
            .Select(c => c.At).ToList();
        var amount = doc.Money
            .Where(m => m.Start >= sentence.Start && m.End <= sentence.End && !m.Vague && !IsNotDealAmount(match, m))
            .Where(m => !otherTriggers.Any(o => Math.Abs(m.Start - o) < Math.Abs(m.Start - at)))
            .OrderBy(m => Math.Abs(m.Start - at)).FirstOrDefault();
        double? stake = null;
        foreach (var p in doc.Percentages)
        {
            if (p.Span.Start < sentence.Start || p.Span.End > sentence.End) continue;
            var after = match.AsSpan(p.Span.End, Math.Min(20, sentence.End - p.Span.End)).TrimStart();
            if (after.StartsWith("cổ phần", StringComparison.Ordinal) || after.StartsWith("vốn", StringComparison.Ordinal) || after.StartsWith("cổ phiếu", StringComparison.Ordinal))
            {
                stake = p.Value;
                break;
            }
        }
        if (kind == InvestmentKind.Investment && stake is not null && amount is null) kind = InvestmentKind.Stake;
        // Taking all of it, or control, is an acquisition: "mua toàn bộ cổ phần", "nâng sở hữu lên 100%".
        if (kind is InvestmentKind.Stake or InvestmentKind.Investment
            && (stake is >= 50 || match.AsSpan(at, Math.Min(40, sentence.End - at)).Contains("toàn bộ", StringComparison.Ordinal)))
            kind = InvestmentKind.Acquisition;
        string? round = null;
        var sentenceMatch = match.AsSpan(sentence.Start, sentence.Length);
        foreach (var (phrase, name) in _vocabulary.Rounds)
        {
            if (sentenceMatch.Contains(phrase, StringComparison.Ordinal)) { round = name; break; }
        }
        var date = DateRecognizer.Recognize(match, sentence.Start, sentence.End, doc.PublishedAt).Select(d => d.Value).FirstOrDefault();
        if (_classifier is null && investor.Known && investee.Known) confidence = Math.Min(0.99, confidence + 0.05);
        return new InvestmentRelation(investor.Name, investee.Name, kind, evidence, Math.Round(confidence, 2))
        {
            Amount = amount,
            StakePercent = (decimal?)stake,
            Round = round,
            Date = date,
        };
    }

    /// <summary>
    /// Not a deal's amount: a valuation, a company's results or size ("được định giá 2,6 tỷ USD", "vốn hóa", "doanh thu",
    /// "lợi nhuận", "lỗ") or a price per unit ("34.000 đồng/cổ phiếu", "mỗi cổ phiếu", "/năm").
    /// </summary>
    private bool IsNotDealAmount(string match, MoneyAmount money)
    {
        int from = Math.Max(0, money.Start - 24);
        var before = match.AsSpan(from, money.Start - from);
        foreach (var w in _vocabulary.NotDealAmountBefore)
            if (before.Contains(w, StringComparison.Ordinal)) return true;
        var after = match.AsSpan(money.End, Math.Min(16, match.Length - money.End)).TrimStart();
        foreach (var w in _vocabulary.PerUnitAfter)
            if (after.StartsWith(w, StringComparison.Ordinal)) return true;
        return false;
    }
}
