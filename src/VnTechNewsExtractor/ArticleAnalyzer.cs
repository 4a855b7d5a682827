using System.Runtime.CompilerServices;
using System.Text;
using VnTechNewsExtractor.Companies;
using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Investments;
using VnTechNewsExtractor.Money;
using VnTechNewsExtractor.Pages;
using VnTechNewsExtractor.Pipeline;
using VnTechNewsExtractor.Sources;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor;

/// <summary>
/// Analyses Vietnamese news articles: reads the page or text, then runs the pipeline
/// (sentences → tokens → words → companies → money → relations) and returns an <see cref="ArticleAnalysis"/>.
/// </summary>
/// <remarks>
/// Thread-safe and meant to be shared: models and word lists are loaded once when it is built. Methods that
/// read inputs never throw for a bad input; the problem is reported in <see cref="ArticleAnalysis.Errors"/>.
/// </remarks>
public sealed class ArticleAnalyzer
{
    private readonly IDocumentComponent[] _pipeline;
    private readonly HtmlArticleReader _htmlReader = new();

    /// <summary>Creates an analyzer with <paramref name="options"/> (the defaults when null).</summary>
    public ArticleAnalyzer(ArticleAnalyzerOptions? options = null)
    {
        Options = options ?? ArticleAnalyzerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(Options.MaxFileTime, TimeSpan.Zero, "options.MaxFileTime");
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Options.MaxFileTime, TimeSpan.FromDays(24), "options.MaxFileTime"); // a timer's limit
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxTextChars, 1, "options.MaxTextChars");
        IDocumentComponent[] entities = Options.EntityRecognizer is { } recognizer ? [new EntityComponent(recognizer)] : [];
        _pipeline =
        [
            new SentenceComponent(),
            new TokenComponent(),
            new WordComponent(Options.WordSegmenter ?? new PerceptronWordSegmenter()),
            .. entities,
            new CompanyComponent(new CompanyRecognizer(Options.Gazetteer), Options.CompanyTagger),
            new MoneyComponent(new MoneyRecognizer()),
            new InvestmentComponent(new InvestmentExtractor(Options.RelationClassifier)),
            new PartyComponent(Parties.PartyVocabulary.Default),
        ];
    }

    /// <summary>The options this analyzer was built with.</summary>
    public ArticleAnalyzerOptions Options { get; }

    /// <summary>Analyses an HTML page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">What to report as <see cref="ArticleAnalysis.Source"/>: a path or URL.</param>
    /// <param name="pageUrl">The page's URL when known and the page names no canonical one.</param>
    public ArticleAnalysis AnalyzeHtml(string html, string source, string? pageUrl = null) => AnalyzeHtml(html, source, pageUrl, CancellationToken.None);

    private ArticleAnalysis AnalyzeHtml(string html, string source, string? pageUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Analyze(_htmlReader.Read(html, pageUrl, source, cancellationToken), source, cancellationToken);
    }

    /// <summary>
    /// Analyses an HTML page read from <paramref name="stream"/>, detecting its encoding, with the same checks and
    /// limits as a file (<see cref="ArticleAnalyzerOptions.MaxFileBytes"/>, <see cref="ArticleAnalyzerOptions.MaxFileTime"/>).
    /// </summary>
    public Task<ArticleAnalysis> AnalyzeHtmlAsync(Stream stream, string source, string? charset = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        return WithinTimeLimit(source, async ct =>
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > Options.MaxFileBytes)
                    return Failed(source, ExtractionErrorCodes.Limit, $"is over the limit of {Options.MaxFileBytes:N0} bytes");
                buffer.Write(chunk, 0, read);
            }
            return AnalyzeBytes(new SourcePage { Source = source, Content = buffer.ToArray(), Charset = charset }, source, ct);
        }, cancellationToken);
    }

    /// <summary>Analyses a plain-text article (title, lead, body; see <see cref="PlainTextArticleReader"/>).</summary>
    public ArticleAnalysis AnalyzeText(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(PlainTextArticleReader.Read(text), source);
    }

    /// <summary>Analyses an article that has already been read.</summary>
    public ArticleAnalysis Analyze(ArticleContent content, string source) => Analyze(content, source, CancellationToken.None);

    private ArticleAnalysis Analyze(ArticleContent content, string source, CancellationToken cancellationToken) => Analyze(content, source, out _, cancellationToken);

    /// <summary>The analysis of <paramref name="content"/>, and the annotated document it was read from (for the evaluation's diagnostics).</summary>
    internal ArticleAnalysis Analyze(ArticleContent content, string source, out Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        content = WithinTextLimit(Composed(content), source);
        document = Annotate(content, cancellationToken);
        var text = document.Text;
        return new ArticleAnalysis
        {
            Source = source,
            Url = content.Url,
            Site = content.Site,
            IsArticle = content.IsArticle,
            Title = content.Title,
            Lead = content.Lead,
            PublishedAt = content.PublishedAt,
            Authors = content.Authors,
            Category = content.Category,
            Paragraphs = content.Paragraphs,
            Text = text,
            Companies = document.Companies,
            Money = document.Money,
            Investments = document.Investments,
            Errors = content.Errors,
        };
    }

    /// <summary>Runs the pipeline over <paramref name="content"/> and returns the annotated document.</summary>
    internal Document Annotate(ArticleContent content, CancellationToken cancellationToken = default)
    {
        var document = new Document(ComposeText(content), content.PublishedAt);
        foreach (var component in _pipeline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            component.Process(document);
        }
        return document;
    }

    /// <summary>
    /// <paramref name="content"/> cut to <see cref="ArticleAnalyzerOptions.MaxTextChars"/> of text (title, lead, then
    /// paragraphs in order), with a <c>limit</c> error saying so; the content itself when it fits.
    /// </summary>
    private ArticleContent WithinTextLimit(ArticleContent content, string source)
    {
        int limit = Options.MaxTextChars;
        long total = (content.Title?.Length ?? 0) + (content.Lead?.Length ?? 0) + content.Paragraphs.Sum(p => (long)p.Length + 2);
        if (total <= limit) return content;
        int left = limit;
        string? Take(string? part)
        {
            if (part is null || left <= 0) return null;
            var kept = part.Length <= left ? part : part[..CutAt(part, left)];
            left -= kept.Length + 2;
            return kept.Length == 0 ? null : kept;
        }
        var title = Take(content.Title);
        var lead = Take(content.Lead);
        var paragraphs = new List<string>();
        foreach (var p in content.Paragraphs)
        {
            if (Take(p) is not { } kept) break;
            paragraphs.Add(kept);
        }
        var error = new ExtractionError(ExtractionErrorCodes.Limit,
            $"{source}: the article's text is {total:N0} characters, over the limit of {limit:N0}; only the first {limit:N0} were analysed.");
        return content with { Title = title, Lead = lead, Paragraphs = paragraphs, Errors = [.. content.Errors, error] };
    }

    /// <summary>Where to cut <paramref name="text"/> to at most <paramref name="max"/> characters: a space near the end, never inside a surrogate pair.</summary>
    private static int CutAt(string text, int max)
    {
        int space = text.LastIndexOf(' ', max - 1, Math.Min(max, 200));
        int cut = space > 0 ? space : max;
        return cut > 0 && char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut;
    }

    /// <summary>
    /// Reads and analyses one file (.html, .htm or .txt) within <see cref="ArticleAnalyzerOptions.MaxFileTime"/>. Never
    /// throws for a bad file: see <see cref="ArticleAnalysis.Errors"/>; only <paramref name="cancellationToken"/> ends it early.
    /// </summary>
    public Task<ArticleAnalysis> AnalyzeFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        return WithinTimeLimit(path, ct => ReadAndAnalyzeAsync(path, ct), cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> for one input within <see cref="ArticleAnalyzerOptions.MaxFileTime"/>: past it the
    /// input gets a <c>limit</c> error record and the batch goes on. Only <paramref name="cancellationToken"/> ends it early.
    /// </summary>
    private async Task<ArticleAnalysis> WithinTimeLimit(string source, Func<CancellationToken, Task<ArticleAnalysis>> work, CancellationToken cancellationToken)
    {
        var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Options.MaxFileTime);
        // The work runs apart from the caller, which stops waiting when the time is up: a stage that checks the token
        // stops itself, and a read the operating system blocks (opening a named pipe) is left behind instead of
        // holding the batch.
        var running = Task.Run(() => work(budget.Token), CancellationToken.None);
        try
        {
            var analysis = await running.WaitAsync(Options.MaxFileTime, cancellationToken).ConfigureAwait(false);
            budget.Dispose();
            return analysis;
        }
        catch (Exception ex) when (ex is TimeoutException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Not disposed: work left behind may still hold the token.
            await budget.CancelAsync().ConfigureAwait(false);
            return Failed(source, ExtractionErrorCodes.Limit, $"took longer than the limit of {Options.MaxFileTime.TotalSeconds:0.###} s; not analysed");
        }
    }

    // A file read alone is named by its path (a folder or file list reads sidecars: see FilePageSource).
    private async Task<ArticleAnalysis> ReadAndAnalyzeAsync(string path, CancellationToken cancellationToken) =>
        AnalyzeBytes(await FilePageSource.LoadAsync(path, null, null, Options.MaxFileBytes, cancellationToken).ConfigureAwait(false), path, cancellationToken);

    /// <summary>
    /// Decodes and analyses a page's bytes: empty, binary and garbage inputs are error records, plain text past twice
    /// the text cap is cut before reading, and no exception escapes but cancellation. <paramref name="name"/> is what
    /// error messages call the input (its path or URL).
    /// </summary>
    private ArticleAnalysis AnalyzeBytes(SourcePage page, string name, CancellationToken cancellationToken)
    {
        var source = page.Source;
        if (page.Content is not { } bytes) return new ArticleAnalysis { Source = source, IsArticle = false, Errors = page.Errors };
        try
        {
            if (bytes.Length == 0) return Failed(source, ExtractionErrorCodes.Format, "is empty");
            if (PageDecoder.SniffUtf16(bytes) is null && LooksBinary(bytes)) return Failed(source, ExtractionErrorCodes.Format, "is binary data, not an article");
            var (text, errors) = PageDecoder.Decode(bytes, CharsetChoice.Choose(bytes, page.Charset), name);
            cancellationToken.ThrowIfCancellationRequested();
            if (string.IsNullOrWhiteSpace(text)) return Failed(source, ExtractionErrorCodes.Format, "holds only white space");
            if (LooksLikeGarbage(text)) return Failed(source, ExtractionErrorCodes.Format, "is binary data, not an article (mostly control or undecodable characters)");
            var isHtml = !page.IsPlainText || text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
            if (!isHtml && text.Length > 2L * Options.MaxTextChars)
            {
                // Plain text is all article text: past twice the cap (room for blank lines and spaces the reader drops) none of it would be analysed.
                errors = [.. errors, new ExtractionError(ExtractionErrorCodes.Limit, $"{name}: {text.Length:N0} characters; only the first {2L * Options.MaxTextChars:N0} were read.")];
                text = text[..(2 * Options.MaxTextChars)];
            }
            var analysis = isHtml ? AnalyzeHtml(text, source, page.Url, cancellationToken) : Analyze(PlainTextArticleReader.Read(text), source, cancellationToken);
            return page.Errors.Count == 0 && errors.Count == 0 ? analysis : analysis with { Errors = [.. page.Errors, .. errors, .. analysis.Errors] };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (OutOfMemoryException)
        {
            // One huge input must not take the batch down; what it held is garbage now.
            return Failed(source, ExtractionErrorCodes.Limit, "needed more memory than is available; not analysed");
        }
        catch (Exception ex)
        {
            return Failed(source, ExtractionErrorCodes.Internal, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Analyses every article file under <paramref name="folder"/> (recursively), streaming results in path order.</summary>
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeFolderAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return AnalyzeFilesAsync(EnumerateArticleFiles(folder), cancellationToken);
    }

    /// <summary>The article files under <paramref name="folder"/>, recursively, in ordinal path order.</summary>
    public IEnumerable<string> EnumerateArticleFiles(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => Options.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Analyses <paramref name="paths"/> with up to <see cref="ArticleAnalyzerOptions.MaxParallelism"/> files at
    /// once, yielding results in input order as soon as each is ready; memory stays bounded by the window.
    /// </summary>
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return InOrder(Jobs(), cancellationToken);

        async IAsyncEnumerable<Func<CancellationToken, Task<ArticleAnalysis>>> Jobs()
        {
            foreach (var path in paths) yield return ct => AnalyzeFileAsync(path, ct);
            await Task.CompletedTask.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <see cref="AnalyzeFilesAsync(IEnumerable{string}, CancellationToken)"/>, reporting to <paramref name="progress"/>
    /// after each file (with the total when <paramref name="paths"/> is a collection).
    /// </summary>
    public async IAsyncEnumerable<ArticleAnalysis> AnalyzeFilesAsync(IEnumerable<string> paths, IProgress<AnalysisProgress>? progress, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        int? total = paths.TryGetNonEnumeratedCount(out var count) ? count : null;
        int done = 0, failed = 0;
        await foreach (var analysis in AnalyzeFilesAsync(paths, cancellationToken).ConfigureAwait(false))
        {
            done++;
            if (analysis.Errors.Count > 0) failed++;
            progress?.Report(new AnalysisProgress(done, total, failed, analysis.Source));
            yield return analysis;
        }
    }

    /// <summary>
    /// <see cref="AnalyzeFolderAsync(string, CancellationToken)"/>, reporting to <paramref name="progress"/> after each
    /// file, with the number of files found in the folder.
    /// </summary>
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeFolderAsync(string folder, IProgress<AnalysisProgress>? progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        // Listing first gives the total; a list of paths is small next to the pages themselves.
        return AnalyzeFilesAsync(EnumerateArticleFiles(folder).ToList(), progress, cancellationToken);
    }

    /// <summary>Analyses one page from a <see cref="IPageSource"/>. Never throws for a bad page: see <see cref="ArticleAnalysis.Errors"/>.</summary>
    public ArticleAnalysis AnalyzePage(SourcePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return AnalyzeBytes(page, page.Source, CancellationToken.None);
    }

    /// <summary>Analyses the pages of <paramref name="source"/>; see <see cref="AnalyzeSourcesAsync(IEnumerable{IPageSource}, CancellationToken)"/>.</summary>
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeSourcesAsync(IPageSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        return AnalyzeSourcesAsync([source], cancellationToken);
    }

    /// <summary>
    /// Analyses the pages of <paramref name="sources"/> (files, folders, URLs, crawls, mixed), loading and analysing up
    /// to <see cref="ArticleAnalyzerOptions.MaxParallelism"/> pages at once and yielding results in input order.
    /// </summary>
    public IAsyncEnumerable<ArticleAnalysis> AnalyzeSourcesAsync(IEnumerable<IPageSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return InOrder(Jobs(cancellationToken), cancellationToken);

        async IAsyncEnumerable<Func<CancellationToken, Task<ArticleAnalysis>>> Jobs([EnumeratorCancellation] CancellationToken ct = default)
        {
            foreach (var source in sources)
                await foreach (var entry in source.EnumerateAsync(ct).ConfigureAwait(false))
                    yield return c => WithinTimeLimit(entry.Source, async t => AnalyzeBytes(await entry.Load(t).ConfigureAwait(false), entry.Source, t), c);
        }
    }

    /// <summary>
    /// Runs <paramref name="jobs"/> with up to <see cref="ArticleAnalyzerOptions.MaxParallelism"/> at once and yields
    /// their results in input order as soon as each is ready; memory stays bounded by the window.
    /// </summary>
    private async IAsyncEnumerable<ArticleAnalysis> InOrder(IAsyncEnumerable<Func<CancellationToken, Task<ArticleAnalysis>>> jobs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Results leave in input order, so one slow page holds back the finished ones behind it; a window of several
        // pages per worker keeps the workers busy meanwhile (a finished result is a few kilobytes of text).
        int window = Math.Max(1, Options.MaxParallelism) * 8;
        var pending = new Queue<Task<ArticleAnalysis>>();
        using var throttle = new SemaphoreSlim(Math.Max(1, Options.MaxParallelism));
        await foreach (var job in jobs.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            pending.Enqueue(Task.Run(async () =>
            {
                await throttle.WaitAsync(cancellationToken).ConfigureAwait(false);
                try { return await job(cancellationToken).ConfigureAwait(false); }
                finally { throttle.Release(); }
            }, cancellationToken));
            if (pending.Count >= window) yield return await pending.Dequeue().ConfigureAwait(false);
        }
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return await pending.Dequeue().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// <paramref name="content"/> with its text in composed form (NFC), as the readers already give it: content a caller
    /// built itself may hold decomposed accents (NFD), which would hide names and amounts from rules and models written
    /// for NFC. The record's fields and text are the normalised ones, so every offset still indexes its <c>text</c>.
    /// </summary>
    private static ArticleContent Composed(ArticleContent content)
    {
        static bool Nfc(string? s) => s is null || TextNormalizer.IsSurelyNfc(s) || s.IsNormalized(NormalizationForm.FormC);
        if (Nfc(content.Title) && Nfc(content.Lead) && content.Paragraphs.All(Nfc)) return content;
        static string? ToNfc(string? s) => s is null ? null : TextNormalizer.ToNfc(s);
        return content with { Title = ToNfc(content.Title), Lead = ToNfc(content.Lead), Paragraphs = content.Paragraphs.Select(p => TextNormalizer.ToNfc(p)).ToList() };
    }

    /// <summary>Title, lead and paragraphs joined by blank lines, empty parts skipped.</summary>
    internal static string ComposeText(ArticleContent content)
    {
        IEnumerable<string?> parts = [content.Title, content.Lead, .. content.Paragraphs];
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Replace('\n', ' ')));
    }

    // A NUL byte near the start: binary, unless it is UTF-16 (the caller asks PageDecoder.SniffUtf16 first).
    private static bool LooksBinary(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0);

    /// <summary>
    /// True when the start of a decoded file is mostly control characters or U+FFFD: binary data without NUL bytes
    /// (compressed or encrypted files) decodes without failing but is no article.
    /// </summary>
    private static bool LooksLikeGarbage(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 8192));
        int bad = 0;
        foreach (var c in head)
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))) bad++;
        return bad * 10 > head.Length;
    }

    private static ArticleAnalysis Failed(string source, string code, string problem) =>
        new() { Source = source, IsArticle = false, Errors = [new ExtractionError(code, $"{source}: {problem}")] };
}
