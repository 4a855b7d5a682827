namespace VnTechNewsExtractor.Companies.Learning;

/// <summary>One article's token features and gold tags, as the tagger learns from them.</summary>
internal sealed record TaggerExample(string Id, ulong[][] Features, NameTag[] Gold);
