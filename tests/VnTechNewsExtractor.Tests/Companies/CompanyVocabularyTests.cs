using VnTechNewsExtractor.Companies;

namespace VnTechNewsExtractor.Tests.Companies;

/// <summary>The vocabulary's place test: a name made only of place names is not a company.</summary>
public class CompanyVocabularyTests
{
    [TestCase("việt nam", true)]
    [TestCase("  mỹ ", true)]
    [TestCase("silicon valley", true)]
    [TestCase("việt nam mỹ", true, TestName = "two places")]
    [TestCase("phố wall việt nam", true, TestName = "a two-word place, then another")]
    [TestCase("việt nam airlines", false, TestName = "a place and a name")]
    [TestCase("silicon", false, TestName = "half a place")]
    [TestCase("mỹ phẩm", false, TestName = "a word that starts like a place")]
    [TestCase("", false)]
    [TestCase("   ", false)]
    public void Names_made_only_of_places(string lower, bool expected) =>
        Assert.That(CompanyVocabulary.Default.IsOnlyPlaces(lower), Is.EqualTo(expected));
}
