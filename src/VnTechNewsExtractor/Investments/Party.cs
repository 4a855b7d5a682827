namespace VnTechNewsExtractor.Investments;

/// <summary>A company or a person that can take part in a deal, as mentioned at one place in the text.</summary>
/// <param name="Span">Where it is mentioned.</param>
/// <param name="Key">Its identity (equal keys are the same party).</param>
/// <param name="Name">The name reported in relations.</param>
/// <param name="IsPerson">People can invest, but are not invested in.</param>
/// <param name="Known">Found in the gazetteer (raises confidence).</param>
internal sealed record Party(TextSpan Span, string Key, string Name, bool IsPerson, bool Known);
