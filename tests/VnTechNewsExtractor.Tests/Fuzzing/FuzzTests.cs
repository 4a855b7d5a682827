namespace VnTechNewsExtractor.Tests.Fuzzing;

/// <summary>
/// Property fuzzing of the page reader (with the whole analysis behind it), the analysis of plain text, the money
/// recognizer and the sentence splitter, each for <see cref="FuzzBudget.Seconds"/> seconds. Inputs that ever broke a target are kept in
/// <see cref="FuzzRegressions"/> and run by <see cref="Kept_inputs_no_longer_break_their_target"/>.
/// </summary>
[Category("Fuzz")]
public class FuzzTests
{
    [Test]
    public void Mutated_pages_read_without_exceptions_and_with_spans_inside_the_text() =>
        FuzzBudget.Run("html", CsCheck.Gen.Frequency((4, HostileInputs.MutatedHtml), (1, HostileInputs.TagSoup)), FuzzProperties.Html);

    [Test]
    public void Article_ish_text_analyses_without_exceptions_and_with_spans_inside_the_text() =>
        FuzzBudget.Run("article", HostileInputs.ArticleText, FuzzProperties.Article);

    [Test]
    public void The_prepass_leaves_the_text_of_nested_pages_unchanged() =>
        FuzzBudget.Run("prepass", HostileInputs.NestedHtml, FuzzProperties.Prepass);

    [Test]
    public void Money_ish_strings_give_ordered_in_bounds_amounts_whose_values_read_back() =>
        FuzzBudget.Run("money", HostileInputs.MoneyText, FuzzProperties.Money);

    [Test]
    public void Sentence_spans_are_trimmed_ordered_and_cover_the_text() =>
        FuzzBudget.Run("sentences", HostileInputs.SentenceText, FuzzProperties.Sentences);

    [TestCaseSource(typeof(FuzzRegressions), nameof(FuzzRegressions.All))]
    public void Kept_inputs_no_longer_break_their_target(string target, string input)
    {
        Action<string> property = target switch
        {
            "html" => FuzzProperties.Html,
            "money" => FuzzProperties.Money,
            "sentences" => FuzzProperties.Sentences,
            "article" => FuzzProperties.Article,
            "prepass" => FuzzProperties.Prepass,
            _ => throw new InvalidDataException($"unknown fuzz target '{target}'"),
        };
        property(input);
    }
}
