namespace VnTechNewsExtractor.Companies;

/// <summary>A run of capitalised tokens <c>[FirstToken, FirstToken + Count)</c> that may be a name.</summary>
internal readonly record struct NameChunk(int FirstToken, int Count, int Start, int End)
{
    public TextSpan Span => new(Start, End);
}
