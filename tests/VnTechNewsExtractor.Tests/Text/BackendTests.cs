using System.Collections.Concurrent;
using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Tests.Text;

/// <summary>Other segmentation and NER backends plug in through <see cref="ArticleAnalyzerOptions"/>.</summary>
public class BackendTests
{
    private const string Article = "Vingroup đầu tư vào VinFast\n\nTập đoàn Vingroup rót 2 tỷ USD vào VinFast tại Hải Phòng.";

    /// <summary>Every syllable a word of its own, and records what it saw.</summary>
    private sealed class OneSyllableSegmenter : IWordSegmenter
    {
        public int Calls;

        public IReadOnlyList<Word> Segment(string text, IReadOnlyList<Token> tokens)
        {
            Interlocked.Increment(ref Calls);
            return tokens.Select((t, i) => new Word(t.Start, t.End, i, 1)).ToList();
        }
    }

    /// <summary>Labels every capitalised Latin word as an organisation, and keeps the documents it saw.</summary>
    private sealed class LatinWordRecognizer : IEntityRecognizer
    {
        public ConcurrentBag<Document> Seen { get; } = [];

        public IReadOnlyList<EntityMention> Recognize(Document document)
        {
            Seen.Add(document);
            return document.Tokens.Where(t => t.Kind == TokenKind.LatinWord)
                .Select(t => new EntityMention(t.Start, t.End, EntityLabels.Organization, 0.5)).ToList();
        }
    }

    [Test]
    public void A_word_segmenter_backend_replaces_the_built_in_one()
    {
        var segmenter = new OneSyllableSegmenter();
        var recognizer = new LatinWordRecognizer();
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions { WordSegmenter = segmenter, EntityRecognizer = recognizer });
        analyzer.AnalyzeText(Article, "a.txt");
        Assert.That(segmenter.Calls, Is.EqualTo(1));
        var document = recognizer.Seen.Single();
        Assert.That(document.Words, Has.Count.EqualTo(document.Tokens.Count), "the backend's words, one a token");
    }

    [Test]
    public void An_entity_backend_sees_sentences_tokens_and_words_and_fills_the_entities_layer()
    {
        var recognizer = new LatinWordRecognizer();
        new ArticleAnalyzer(new ArticleAnalyzerOptions { EntityRecognizer = recognizer }).AnalyzeText(Article, "a.txt");
        var document = recognizer.Seen.Single();
        Assert.That(document.Sentences, Is.Not.Empty);
        Assert.That(document.Words, Is.Not.Empty);
        Assert.That(document.Words.Any(w => document.Text[w.Start..w.End] == "Hải Phòng"), Is.True, "built-in segmentation ran first");
        Assert.That(document.Entities.Select(e => document.Text[e.Start..e.End]), Is.EqualTo(new[] { "VinFast", "USD", "VinFast" }));
        Assert.That(document.Entities.All(e => e.Label == EntityLabels.Organization), Is.True);
    }

    [Test]
    public void Without_an_entity_backend_the_layer_is_empty_and_results_are_the_same()
    {
        var plain = new ArticleAnalyzer().AnalyzeText(Article, "a.txt");
        var withBackend = new ArticleAnalyzer(new ArticleAnalyzerOptions { EntityRecognizer = new LatinWordRecognizer() }).AnalyzeText(Article, "a.txt");
        Assert.That(withBackend.Companies.Select(c => c.Name), Is.EqualTo(plain.Companies.Select(c => c.Name)));
        Assert.That(new Document("x").Entities, Is.Empty);
    }
}
