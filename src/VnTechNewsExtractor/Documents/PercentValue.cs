namespace VnTechNewsExtractor.Documents;

/// <summary>A percentage found in text ("10%", "10 phần trăm").</summary>
/// <param name="Span">Where it is written.</param>
/// <param name="Value">The number of percent.</param>
public readonly record struct PercentValue(TextSpan Span, double Value);
