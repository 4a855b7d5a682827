namespace VnTechNewsExtractor.Money;

/// <summary>How a qualifier bounds an amount.</summary>
[Flags]
internal enum AmountFlags
{
    None = 0,
    Approximate = 1,
    AtLeast = 2,
    AtMost = 4,
}
