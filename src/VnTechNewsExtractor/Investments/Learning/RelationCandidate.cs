using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Investments.Learning;

/// <summary>
/// A pair of parties around a trigger that may be an investment, and whether the hand rules took it. A cross-sentence
/// candidate pairs a party of the trigger's sentence with one of the sentence before ("Tập đoàn X ... Công ty này rót vốn vào Y").
/// </summary>
internal sealed record RelationCandidate(Sentence Sentence, TriggerMatch Match, Party Investor, Party Investee, bool RuleAccepted, bool CrossSentence = false)
{
    public Trigger Trigger => Match.Trigger;

    public int At => Match.At;
}
