namespace VnTechNewsExtractor.Money;

/// <summary>A number read from text: "2 tỷ 750 triệu", "1,5", "hai mươi mốt nghìn", "1tr5".</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="End">Offset past its last character.</param>
/// <param name="Value">Its full value.</param>
/// <param name="LowestPower">The power of ten of its last magnitude word (0 when it has none), shared with the lower end of a range.</param>
/// <param name="TopPower">The power of ten of its first magnitude word (0 when it has none).</param>
internal readonly record struct NumberMatch(int Start, int End, decimal Value, int LowestPower, int TopPower)
{
    /// <summary>True when a magnitude word or shorthand scales it.</summary>
    public bool HasMagnitude => TopPower > 0;
}
