namespace VnTechNewsExtractor;

/// <summary>The passage of the article that states a relation.</summary>
/// <param name="Start">Start offset in the article text.</param>
/// <param name="End">End offset (exclusive).</param>
/// <param name="Text">The passage itself.</param>
public sealed record Evidence(int Start, int End, string Text);
