namespace VnTechNewsExtractor.Investments;

/// <summary>A company or a person that can take part in a deal, as mentioned at one place in the text.</summary>
/// <param name="Span">Where it is mentioned.</param>
/// <param name="Key">Its identity (equal keys are the same party).</param>
/// <param name="Name">The name reported in relations.</param>
/// <param name="IsPerson">People can invest, but are not invested in.</param>
/// <param name="Known">Found in the gazetteer (raises confidence).</param>
/// <param name="IsCandidate">A name no company rule claimed, used only when a deal's slot has nobody else.</param>
internal sealed record Party(TextSpan Span, string Key, string Name, bool IsPerson, bool Known, bool IsCandidate = false);
