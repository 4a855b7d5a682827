namespace VnTechNewsExtractor.Money;

/// <summary>The part a function word plays in an amount phrase (see Resources/money/keywords.tsv).</summary>
internal enum KeywordRole
{
    From,
    Between,
    To,
    And,
    Link,
}
