using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>What the relation features read of the whole article: the pairs the rules took, and how often each party is named.</summary>
internal sealed class RelationContext
{
    private RelationContext(HashSet<(string, string)> rulePairs, Dictionary<string, int> mentions)
    {
        RulePairs = rulePairs;
        Mentions = mentions;
        MostMentioned = mentions.Count == 0 ? null : mentions.MaxBy(m => m.Value).Key;
    }

    /// <summary>Investor and investee keys of the pairs the hand rules accepted anywhere in the article.</summary>
    public HashSet<(string Investor, string Investee)> RulePairs { get; }

    /// <summary>Mentions per party key.</summary>
    public Dictionary<string, int> Mentions { get; }

    /// <summary>The organisation named most often (the article's subject, often a deal's investee).</summary>
    public string? MostMentioned { get; }

    private readonly Dictionary<int, RelationFeatureExtractor.SentenceCues> _cues = [];

    /// <summary>The cues of sentence <paramref name="sentence"/>, computed once per sentence.</summary>
    public RelationFeatureExtractor.SentenceCues CuesOf(Sentence sentence, Func<RelationFeatureExtractor.SentenceCues> compute)
    {
        if (!_cues.TryGetValue(sentence.Start, out var cues)) _cues[sentence.Start] = cues = compute();
        return cues;
    }

    private readonly Dictionary<int, List<Party>> _parties = [];

    /// <summary>The parties of <paramref name="parties"/> mentioned within <paramref name="sentence"/>, found once per sentence.</summary>
    public List<Party> PartiesIn(Sentence sentence, List<Party> parties)
    {
        if (!_parties.TryGetValue(sentence.Start, out var inSentence))
            _parties[sentence.Start] = inSentence = parties.Where(p => p.Span.Start >= sentence.Start && p.Span.End <= sentence.End).ToList();
        return inSentence;
    }

    /// <summary>The context of <paramref name="doc"/> and its candidates.</summary>
    public static RelationContext Of(Document doc, IEnumerable<RelationCandidate> candidates)
    {
        var pairs = candidates.Where(c => c.RuleAccepted).Select(c => (c.Investor.Key, c.Investee.Key)).ToHashSet();
        var mentions = doc.CompanyMentions.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new RelationContext(pairs, mentions);
    }
}
