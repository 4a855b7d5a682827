using VnTechNewsExtractor.Companies;
using VnTechNewsExtractor.Companies.Learning;
using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Investments;
using VnTechNewsExtractor.Money;
using VnTechNewsExtractor.Parties;
using VnTechNewsExtractor.Quantities;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Pipeline;

/// <summary>Splits the text into sentences.</summary>
internal sealed class SentenceComponent : IDocumentComponent
{
    public void Process(Document document) => document.Sentences = SentenceSplitter.Split(document.Text);
}

/// <summary>Splits the text into tokens.</summary>
internal sealed class TokenComponent : IDocumentComponent
{
    public void Process(Document document) => document.Tokens = Tokenizer.Tokenize(document.Text);
}

/// <summary>Groups tokens into words with the configured segmenter.</summary>
internal sealed class WordComponent(IWordSegmenter segmenter) : IDocumentComponent
{
    public void Process(Document document) => document.Words = segmenter.Segment(document.Text, document.Tokens);
}

/// <summary>Labels named entities with a backend recognizer.</summary>
internal sealed class EntityComponent(IEntityRecognizer recognizer) : IDocumentComponent
{
    public void Process(Document document) => document.Entities = recognizer.Recognize(document);
}

/// <summary>
/// Finds company and person mentions and groups the mentions into companies: the hand rules propose, and the learned
/// tagger, when there is one, decides.
/// </summary>
internal sealed class CompanyComponent(CompanyRecognizer recognizer, CompanyTagger? tagger) : IDocumentComponent
{
    public void Process(Document document)
    {
        var mentions = recognizer.Recognize(document, out var people);
        document.PersonMentions = people;
        if (tagger is not null) mentions = tagger.Mentions(document, new TaggerEvidence(mentions, document.NameCandidates, people));
        SetCompanies(document, mentions);
    }

    /// <summary>One record per organisation, named in the form the article uses most.</summary>
    internal static void SetCompanies(Document document, IEnumerable<CompanyMention> mentions)
    {
        var ordered = mentions.OrderBy(m => m.Span.Start).ToList();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var companies = new List<Company>();
        var vocabulary = CompanyVocabulary.Default;
        foreach (var group in ordered.GroupBy(m => m.Key))
        {
            var surfaces = group.Select(m => document.Text[m.Span.Start..m.Span.End]).ToList();
            // Named as the article writes it most, without a designator ("Ngân hàng Bình Minh" → "Bình Minh"); the
            // fuller forms stay as aliases.
            var name = surfaces.Select(vocabulary.BareName).GroupBy(s => s, StringComparer.Ordinal)
                .OrderByDescending(s => s.Count()).ThenByDescending(s => s.Key.Length).First().Key;
            names[group.Key] = name;
            var aliases = surfaces.Distinct(StringComparer.Ordinal).Where(s => s != name).ToList();
            companies.Add(new Company(name, group.Select(m => m.Span).ToList()) { Aliases = aliases });
        }
        document.CompanyMentions = ordered.Select(m => m with { Name = names[m.Key] }).ToList();
        document.Companies = companies.OrderBy(c => c.Mentions[0].Start).ToList();
    }
}

/// <summary>Finds money amounts and percentages.</summary>
internal sealed class MoneyComponent(MoneyRecognizer recognizer) : IDocumentComponent
{
    public void Process(Document document)
    {
        document.Money = recognizer.Recognize(document.Text, document.MatchText, resolveBare: true);
        document.Percentages = PercentRecognizer.Recognize(document.MatchText);
    }
}

/// <summary>Finds investment relations.</summary>
internal sealed class InvestmentComponent(InvestmentExtractor extractor) : IDocumentComponent
{
    public void Process(Document document)
    {
        document.Investments = extractor.Extract(document, out var promoted);
        if (promoted.Count == 0) return;
        // A name that a deal shows to be a company is one everywhere the article writes it.
        var text = document.Text;
        var added = new List<CompanyMention>();
        foreach (var p in promoted)
        {
            var surface = text[p.Span.Start..p.Span.End];
            foreach (var c in document.NameCandidates)
                if (text.AsSpan(c.Span.Start, c.Span.Length).SequenceEqual(surface)) added.Add(c with { Key = p.Key, Name = p.Name });
        }
        CompanyComponent.SetCompanies(document, document.CompanyMentions.Concat(added.Distinct()));
    }
}

/// <summary>Types each deal's investor and investee (kind, and the company it is in the record's companies).</summary>
internal sealed class PartyComponent(PartyVocabulary vocabulary) : IDocumentComponent
{
    public void Process(Document document) => document.Investments = PartyResolver.Resolve(document, vocabulary);
}
