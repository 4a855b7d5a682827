using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>
/// Describes a candidate pair for the <see cref="RelationClassifier"/>: the rules' verdicts on the pair and its reverse,
/// where the parties stand around the trigger, what lies between them (a list, "của", "cho", money, a percentage),
/// cues of talk, plans, rumours and denials, how salient each party is in the article, and the words around.
/// </summary>
internal static class RelationFeatureExtractor
{
    private static readonly string[] NegativeCues = ["vay", "trái phiếu", "hợp tác", "tài trợ", "kiện", "giải thưởng", "mua sắm", "hợp đồng", "thuê", "bán cho"];
    private static readonly string[] TalkCues = ["đàm phán", "đề nghị", "chào mua", "có thể", "dự kiến", "kế hoạch", "ý định", "muốn", "sẽ", "xem xét", "tìm kiếm", "kêu gọi"];
    private static readonly string[] HearsayCues = ["tin đồn", "đồn đoán", "bác bỏ", "phủ nhận", "nguồn tin", "được cho là"];
    private static readonly string[] NegationCues = ["không", "chưa", "hủy", "huỷ", "chấm dứt", "thoái vốn", "thoái toàn bộ", "rút vốn", "bán toàn bộ"];
    private static readonly string[] FundWords = ["quỹ", "capital", "ventures", "partners", "fund", "investment", "đầu tư", "holdings"];

    /// <summary>The features of candidate <paramref name="c"/> of <paramref name="doc"/>, with the document's <paramref name="context"/>.</summary>
    public static RelationFeatures Features(Document doc, RelationCandidate c, List<Party> parties, RelationContext context)
    {
        var match = doc.MatchText;
        var s = c.Sentence;
        int triggerEnd = c.Match.End;
        var investee = c.Investee.Span;
        var investor = c.Investor.Span;
        var cues = context.CuesOf(s, () => SentenceCues.Of(doc, s));
        int lo = Math.Min(investor.End, investee.End), hi = Math.Max(investor.Start, investee.Start);
        var betweenText = hi > lo ? match[lo..hi] : "";
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
        numeric[13] = cues.Money;
        numeric[14] = cues.Percent;
        numeric[15] = cues.Negative;
        numeric[16] = c.CrossSentence ? 1 : 0;
        numeric[17] = c.Match.SetAside ? 1 : 0;
        numeric[18] = context.RulePairs.Contains((c.Investor.Key, c.Investee.Key)) ? 1 : 0;
        numeric[19] = context.RulePairs.Contains((c.Investee.Key, c.Investor.Key)) ? 1 : 0;
        numeric[20] = cues.Talk;
        numeric[21] = cues.Hearsay;
        numeric[22] = cues.Negation;
        numeric[23] = StartsWithWord(match, investee.End, "của") ? 1 : 0;
        numeric[24] = StartsWithWord(match, investor.End, "của") ? 1 : 0;
        numeric[25] = ContainsWord(betweenText, "cho") ? 1 : 0;
        numeric[26] = EndsWithWord(match, investor.Start, "từ") || EndsWithWord(match, investor.Start, "bởi") ? 1 : 0;
        numeric[27] = InList(match, parties, c.Investor) ? 1 : 0;
        numeric[28] = InList(match, parties, c.Investee) ? 1 : 0;
        numeric[29] = MathF.Log2(1 + context.Mentions.GetValueOrDefault(c.Investor.Key));
        numeric[30] = MathF.Log2(1 + context.Mentions.GetValueOrDefault(c.Investee.Key));
        numeric[31] = context.MostMentioned == c.Investee.Key ? 1 : 0;
        numeric[32] = context.MostMentioned == c.Investor.Key ? 1 : 0;
        numeric[33] = s.Paragraph == 0 ? 1 : 0;
        numeric[34] = PercentNear(doc, investee) ? 1 : 0;
        numeric[35] = doc.Money.Any(m => m.Start >= lo && m.End <= hi) ? 1 : 0;
        numeric[36] = FundWords.Any(w => c.Investor.Name.Contains(w, StringComparison.OrdinalIgnoreCase)) ? 1 : 0;
        numeric[37] = Math.Min(4f, (hi - lo) / 60f);
        numeric[38] = ContainsWord(betweenText, "và") ? 1 : 0;
        numeric[39] = betweenText.Contains(',', StringComparison.Ordinal) ? 1 : 0;
        // Which of the sentence's parties the pair is: the subject nearest before the verb, the first object after it.
        var inSentence = context.PartiesIn(s, parties).Where(p => p.Key != c.Investor.Key && p.Key != c.Investee.Key).ToList();
        numeric[40] = investor.End <= c.At && !inSentence.Any(p => p.Span.Start >= investor.End && p.Span.End <= c.At) ? 1 : 0;
        numeric[41] = investee.Start >= triggerEnd && !inSentence.Any(p => p.Span.Start >= triggerEnd && p.Span.End <= investee.Start) ? 1 : 0;
        numeric[42] = Math.Min(10, inSentence.Count) / 10f;
        numeric[43] = betweenText.Contains(';', StringComparison.Ordinal) || betweenText.Contains(" còn ", StringComparison.Ordinal) ? 1 : 0;
        numeric[44] = NextChar(match, investee.End) == '(' || StartsWithWord(match, investee.End, "chiếm") || StartsWithWord(match, investee.End, "góp") || StartsWithWord(match, investor.End, "góp") || StartsWithWord(match, investor.End, "nắm") ? 1 : 0;
        numeric[45] = EndsWithWord(match, investee.Start, "tại") || EndsWithWord(match, investee.Start, "vào") || EndsWithWord(match, investee.Start, "của") ? 1 : 0;
        var features = new RelationFeatures
        {
            Trigger = c.Trigger.Phrase,
            Pattern = c.Trigger.Pattern.ToString(),
            Before = WordsBefore(match, c.At, 3, s.Start),
            Gap = investee.Start >= triggerEnd ? Words(match, triggerEnd, investee.Start, 6) : Words(match, investee.End, c.At, 6),
            InvestorContext = WordsBefore(match, investor.Start, 2, s.Start) + " | " + Words(match, investor.End, Math.Min(s.End, investor.End + 30), 3),
            Numeric = numeric,
        };
        HashWords(features.Words, 1, features.Trigger);
        HashWords(features.Words, 2, features.Pattern);
        HashWords(features.Words, 3, features.Before);
        HashWords(features.Words, 4, features.Gap);
        HashWords(features.Words, 5, features.InvestorContext);
        return features;
    }

    /// <summary>Marks the slots of <paramref name="text"/>'s words and adjacent word pairs, hashed with the field's number.</summary>
    private static void HashWords(float[] slots, uint field, string text)
    {
        uint previous = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            uint h = 2166136261u ^ field;
            foreach (var ch in word) h = (h ^ ch) * 16777619u;
            slots[h % (uint)slots.Length] = 1;
            if (previous != 0) slots[((previous * 31) ^ h) * 2654435761u % (uint)slots.Length] = 1;
            previous = h;
        }
    }

    /// <summary>What a sentence says whatever the pair: money, a percentage, and cues of non-deals, talks, hearsay, negation.</summary>
    internal readonly record struct SentenceCues(float Money, float Percent, float Negative, float Talk, float Hearsay, float Negation)
    {
        public static SentenceCues Of(Document doc, Sentence s)
        {
            var sentence = doc.MatchText.Substring(s.Start, s.Length);
            return new SentenceCues(
                doc.Money.Any(m => m.Start >= s.Start && m.End <= s.End) ? 1 : 0,
                doc.Percentages.Any(p => p.Span.Start >= s.Start && p.Span.End <= s.End) ? 1 : 0,
                Count(sentence, NegativeCues), Count(sentence, TalkCues), Count(sentence, HearsayCues), Count(sentence, NegationCues));
        }
    }

    private static float Count(string sentence, string[] cues)
    {
        int n = 0;
        foreach (var cue in cues)
            if (ContainsWord(sentence, cue)) n++;
        return Math.Min(2, n) / 2f;
    }

    /// <summary>A party joined to another by a comma or "và" (a list of investors or investees).</summary>
    private static bool InList(string match, List<Party> parties, Party party)
    {
        foreach (var other in parties)
        {
            if (other.Key == party.Key) continue;
            var (a, b) = other.Span.Start < party.Span.Start ? (other.Span, party.Span) : (party.Span, other.Span);
            if (b.Start < a.End || b.Start - a.End > 6) continue;
            var gap = match.AsSpan(a.End, b.Start - a.End).Trim();
            if (gap is "," or "và" or "cùng" or "cùng với" or "&") return true;
        }
        return false;
    }

    private static bool PercentNear(Document doc, TextSpan span) =>
        doc.Percentages.Any(p => Math.Abs(p.Span.Start - span.End) <= 40 || Math.Abs(span.Start - p.Span.End) <= 40);

    private static bool ContainsWord(string text, string word) => InvestmentExtractor.IndexOfWord(text, word, 0, text.Length) >= 0;

    private static bool StartsWithWord(string match, int at, string word)
    {
        int i = at;
        while (i < match.Length && match[i] == ' ') i++;
        return string.CompareOrdinal(match, i, word, 0, word.Length) == 0 && (i + word.Length == match.Length || !char.IsLetter(match[i + word.Length]));
    }

    private static char NextChar(string match, int at)
    {
        while (at < match.Length && match[at] == ' ') at++;
        return at < match.Length ? match[at] : '\0';
    }

    private static bool EndsWithWord(string match, int at, string word)
    {
        int i = at;
        while (i > 0 && match[i - 1] == ' ') i--;
        int s = i - word.Length;
        return s >= 0 && string.CompareOrdinal(match, s, word, 0, word.Length) == 0 && (s == 0 || !char.IsLetter(match[s - 1]));
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
