using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>A pair of parties around a trigger that may be an investment, and whether the hand rules took it.</summary>
internal sealed record RelationCandidate(Sentence Sentence, TriggerMatch Match, Party Investor, Party Investee, bool RuleAccepted)
{
    public Trigger Trigger => Match.Trigger;

    public int At => Match.At;
}
