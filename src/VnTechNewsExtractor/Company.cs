namespace VnTechNewsExtractor;

/// <summary>One business organisation named in an article, with every place it is mentioned.</summary>
/// <param name="Name">The name in the form the article uses most (or the gazetteer's canonical form).</param>
/// <param name="Mentions">Every mention, aliases included, in reading order.</param>
public sealed record Company(string Name, IReadOnlyList<TextSpan> Mentions)
{
    /// <summary>Other names the article uses for the same organisation (for example "M-Service" for "MoMo").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
