using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;
using VnTechNewsExtractor.VnCoreNLP;

namespace VnTechNewsExtractor.Tests.VnCoreNLP;

/// <summary>VnCoreNLP's output put back on the text, without Python: word forms, token runs, BIO entities.</summary>
public class WordAlignmentTests
{
    private static string Lines(params string[] words) => string.Join('\n', words);

    [TestCase("Việt Nam đầu tư", "Việt_Nam\tNp\tB-LOC|đầu_tư\tV\tO", "Việt Nam|đầu tư")]
    [TestCase("Giá 2.500 tỷ đồng.", "Giá\tN\tO|2.500\tM\tO|tỷ\tM\tO|đồng\tNu\tO|.\tCH\tO", "Giá|2.500|tỷ|đồng|.")]
    [TestCase("Công ty  Mây   Xanh", "Công_ty\tN\tO|Mây_Xanh\tNp\tB-ORG", "Công ty|Mây   Xanh")]
    [TestCase("Vốn \"khủng\" cho AI", "Vốn\tN\tO|``\tCH\tO|khủng\tA\tO|''\tCH\tO|cho\tE\tO|AI\tNy\tO", "Vốn|\"|khủng|\"|cho|AI")]
    public void Words_follow_the_backends_forms_and_unplaced_ones_leave_tokens_alone(string text, string annotated, string expected)
    {
        var placed = WordAlignment.Place(text, annotated.Replace('|', '\n'));
        var words = WordAlignment.ToWords(Tokenizer.Tokenize(text), placed);
        Assert.That(string.Join("|", words.Select(w => text[w.Start..w.End])), Is.EqualTo(expected));
    }

    [Test]
    public void A_rewritten_form_is_skipped_and_the_next_one_found_again()
    {
        const string text = "A (B) C";
        var placed = WordAlignment.Place(text, Lines("A\tN\tO", "-LRB-\tCH\tO", "B\tN\tO", "-RRB-\tCH\tO", "C\tN\tO"));
        Assert.That(placed.Select(w => w.Placed ? text[w.Start..w.End] : null), Is.EqualTo(new[] { "A", null, "B", null, "C" }));
    }

    [TestCase("B-ORG,I-ORG,O,B-PER", "ORG:0-2,PER:3-4")]
    [TestCase("I-ORG,I-ORG,B-ORG", "ORG:0-2,ORG:2-3")]
    [TestCase("B-ORG,I-LOC", "ORG:0-1,LOC:1-2")]
    [TestCase("O,O", "")]
    public void BIO_labels_become_spans(string labels, string expected)
    {
        // Word i covers [i, i + 1) of a made-up text: spans read as word ranges.
        var words = labels.Split(',').Select((l, i) => new BackendWord(i, i + 1, l)).ToList();
        var entities = WordAlignment.ToEntities(words);
        Assert.That(string.Join(",", entities.Select(e => $"{e.Label}:{e.Start}-{e.End}")), Is.EqualTo(expected));
    }

    [Test]
    public void An_unplaced_word_ends_an_entity()
    {
        var words = new List<BackendWord> { new(0, 1, "B-ORG"), new(-1, -1, "I-ORG"), new(2, 3, "I-ORG") };
        Assert.That(WordAlignment.ToEntities(words), Is.EqualTo(new[] { new EntityMention(0, 1, EntityLabels.Organization), new EntityMention(2, 3, EntityLabels.Organization) }));
    }
}
