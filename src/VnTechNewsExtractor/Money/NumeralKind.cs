namespace VnTechNewsExtractor.Money;

/// <summary>The part a spelled-out number word plays (see Resources/money/numerals.tsv).</summary>
internal enum NumeralKind
{
    Digit,
    AfterTens,
    Ten,
    Tens,
    Hundred,
    Filler,
    Half,
    Point,
    HalfUnit,
}
