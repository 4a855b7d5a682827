namespace VnTechNewsExtractor.Text;

/// <summary>The usual labels of <see cref="Documents.EntityMention"/> (the VLSP 2016 NER tag set, which VnCoreNLP uses).</summary>
public static class EntityLabels
{
    /// <summary>An organisation: company, ministry, bank.</summary>
    public const string Organization = "ORG";

    /// <summary>A person.</summary>
    public const string Person = "PER";

    /// <summary>A place.</summary>
    public const string Location = "LOC";

    /// <summary>Any other name (products, events, nationalities).</summary>
    public const string Miscellaneous = "MISC";
}
