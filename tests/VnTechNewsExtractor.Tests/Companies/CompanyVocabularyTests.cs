using VnTechNewsExtractor.Companies;

namespace VnTechNewsExtractor.Tests.Companies;

/// <summary>The vocabulary's tests of what is not a name: only places, or only the generic words of a registered name.</summary>
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

    [TestCase("đầu tư", true)]
    [TestCase("đầu tư và phát triển", true, TestName = "sector words joined by và")]
    [TestCase("dịch vụ - thương mại", true, TestName = "sector words joined by a dash")]
    [TestCase("dầu khí việt nam", false, TestName = "with a place: a state company's name")]
    [TestCase("đầu tư hoa sen", false, TestName = "with a proper part")]
    [TestCase("và", false, TestName = "no sector word")]
    [TestCase("", false)]
    public void Names_made_only_of_sector_words(string lower, bool expected) =>
        Assert.That(CompanyVocabulary.Default.IsOnlySectorWords(lower), Is.EqualTo(expected));
}
