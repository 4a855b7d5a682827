using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Documents;

/// <summary>
/// Owns one article's text and the layers the pipeline adds to it (sentences, tokens, words,
/// companies, money, relations). Every layer is a list of cheap views holding offsets into
/// <see cref="Text"/>; nothing copies the text.
/// </summary>
/// <remarks>A document is built and annotated on one thread, then read only.</remarks>
public sealed class Document
{
    private string? _matchText;

    /// <summary>Creates a document over <paramref name="text"/>.</summary>
    /// <param name="text">The article text: title, lead and paragraphs joined by blank lines.</param>
    /// <param name="publishedAt">When the article was published, the anchor for relative dates.</param>
    public Document(string text, DateTimeOffset? publishedAt = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        PublishedAt = publishedAt;
    }

    /// <summary>The article text every offset indexes.</summary>
    public string Text { get; }

    /// <summary>Publication time, the anchor for relative dates.</summary>
    public DateTimeOffset? PublishedAt { get; }

    /// <summary>
    /// A copy of <see cref="Text"/> of the same length, lower-cased and with spaces, quotes, dashes and
    /// tone-mark placement unified, so that rules match every spelling while offsets stay those of <see cref="Text"/>.
    /// </summary>
    public string MatchText => _matchText ??= TextNormalizer.ForMatching(Text);

    /// <summary>Sentences in reading order.</summary>
    public IReadOnlyList<Sentence> Sentences { get; internal set; } = [];

    /// <summary>Tokens in reading order.</summary>
    public IReadOnlyList<Token> Tokens { get; internal set; } = [];

    /// <summary>Words (one or more syllable tokens each) in reading order.</summary>
    public IReadOnlyList<Word> Words { get; internal set; } = [];

    /// <summary>Named entities from the configured <see cref="IEntityRecognizer"/>, in reading order; empty without one.</summary>
    public IReadOnlyList<EntityMention> Entities { get; internal set; } = [];

    /// <summary>Company mentions in reading order.</summary>
    public IReadOnlyList<CompanyMention> CompanyMentions { get; internal set; } = [];

    /// <summary>Capitalised names that are neither known companies nor people; a deal's context may make them companies.</summary>
    internal IReadOnlyList<CompanyMention> NameCandidates { get; set; } = [];

    /// <summary>People named in the text, in reading order.</summary>
    public IReadOnlyList<PersonMention> PersonMentions { get; internal set; } = [];

    /// <summary>The organisations the mentions belong to, one record each, in order of first mention.</summary>
    public IReadOnlyList<Company> Companies { get; internal set; } = [];

    /// <summary>Money amounts in reading order.</summary>
    public IReadOnlyList<MoneyAmount> Money { get; internal set; } = [];

    /// <summary>Percentages (stakes) in reading order.</summary>
    public IReadOnlyList<PercentValue> Percentages { get; internal set; } = [];

    /// <summary>Investment relations.</summary>
    public IReadOnlyList<InvestmentRelation> Investments { get; internal set; } = [];

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The sentence containing offset <paramref name="offset"/>, or null.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (offset < s.Start) hi = mid - 1;
            else if (offset >= s.End) lo = mid + 1;
            else return s;
        }
        return null;
    }
}
