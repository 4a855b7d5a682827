namespace VnTechNewsExtractor;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in an article's <c>text</c>.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index one past the last character.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Number of characters covered.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int Length => End - Start;

    /// <summary>True when <paramref name="other"/> shares at least one character with this span.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(TextSpan other) => Start <= other.Start && other.End <= End;
}
