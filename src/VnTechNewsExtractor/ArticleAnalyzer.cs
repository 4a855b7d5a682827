using System.Runtime.CompilerServices;
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
        IDocumentComponent[] entities = Options.EntityRecognizer is { } recognizer ? [new EntityComponent(recognizer)] : [];
        _pipeline =
        [
            new SentenceComponent(),
            new TokenComponent(),
            new WordComponent(Options.WordSegmenter ?? new PerceptronWordSegmenter()),
            .. entities,
            new CompanyComponent(new CompanyRecognizer(Options.Gazetteer)),
            new MoneyComponent(new MoneyRecognizer()),
            new InvestmentComponent(new InvestmentExtractor(Options.RelationClassifier)),
        ];
    }

    /// <summary>The options this analyzer was built with.</summary>
    public ArticleAnalyzerOptions Options { get; }

    /// <summary>Analyses an HTML page.</summary>
    /// <param name="html">The page.</param>
    /// <param name="source">What to report as <see cref="ArticleAnalysis.Source"/>: a path or URL.</param>
    /// <param name="pageUrl">The page's URL when known and the page names no canonical one.</param>
    public ArticleAnalysis AnalyzeHtml(string html, string source, string? pageUrl = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Analyze(_htmlReader.Read(html, pageUrl), source);
    }

    /// <summary>Analyses an HTML page read from <paramref name="stream"/>, detecting its encoding.</summary>
    public async Task<ArticleAnalysis> AnalyzeHtmlAsync(Stream stream, string source, string? charset = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var (html, errors) = PageDecoder.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), charset, source);
        var analysis = AnalyzeHtml(html, source);
        return errors.Count == 0 ? analysis : analysis with { Errors = [.. errors, .. analysis.Errors] };
    }

    /// <summary>Analyses a plain-text article (title, lead, body; see <see cref="PlainTextArticleReader"/>).</summary>
    public ArticleAnalysis AnalyzeText(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(PlainTextArticleReader.Read(text), source);
    }

    /// <summary>Analyses an article that has already been read.</summary>
    public ArticleAnalysis Analyze(ArticleContent content, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        var document = Annotate(content);
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
    internal Document Annotate(ArticleContent content)
    {
        var document = new Document(ComposeText(content), content.PublishedAt);
        foreach (var component in _pipeline) component.Process(document);
        return document;
    }

    /// <summary>Reads and analyses one file (.html, .htm or .txt). Never throws for a bad file: see <see cref="ArticleAnalysis.Errors"/>.</summary>
    public async Task<ArticleAnalysis> AnalyzeFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            if (Directory.Exists(path)) return Failed(path, ExtractionErrorCodes.Io, "is a directory, not a file");
            var info = new FileInfo(path);
            if (!info.Exists) return Failed(path, ExtractionErrorCodes.Io, "does not exist");
            if (info.Length > Options.MaxFileBytes)
                return Failed(path, ExtractionErrorCodes.Limit, $"is {info.Length:N0} bytes, over the limit of {Options.MaxFileBytes:N0}");
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            if (LooksBinary(bytes)) return Failed(path, ExtractionErrorCodes.Format, "is binary data, not an article");
            var (text, errors) = PageDecoder.Decode(bytes, null, path);
            var isHtml = !Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase) || text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
            var analysis = isHtml ? AnalyzeHtml(text, path) : AnalyzeText(text, path);
            return errors.Count == 0 ? analysis : analysis with { Errors = [.. errors, .. analysis.Errors] };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failed(path, ExtractionErrorCodes.Io, ex.Message);
        }
        catch (Exception ex)
        {
            return Failed(path, ExtractionErrorCodes.Internal, $"{ex.GetType().Name}: {ex.Message}");
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
        if (page.Content is not { } bytes) return new ArticleAnalysis { Source = page.Source, IsArticle = false, Errors = page.Errors };
        try
        {
            if (LooksBinary(bytes)) return Failed(page.Source, ExtractionErrorCodes.Format, "is binary data, not an article");
            var (text, errors) = PageDecoder.Decode(bytes, CharsetChoice.Choose(bytes, page.Charset), page.Source);
            var isHtml = !page.IsPlainText || text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
            var analysis = isHtml ? AnalyzeHtml(text, page.Source, page.Url) : AnalyzeText(text, page.Source);
            return page.Errors.Count == 0 && errors.Count == 0 ? analysis : analysis with { Errors = [.. page.Errors, .. errors, .. analysis.Errors] };
        }
        catch (Exception ex)
        {
            return Failed(page.Source, ExtractionErrorCodes.Internal, $"{ex.GetType().Name}: {ex.Message}");
        }
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
                    yield return async c => AnalyzePage(await entry.Load(c).ConfigureAwait(false));
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

    /// <summary>Title, lead and paragraphs joined by blank lines, empty parts skipped.</summary>
    internal static string ComposeText(ArticleContent content)
    {
        IEnumerable<string?> parts = [content.Title, content.Lead, .. content.Paragraphs];
        return string.Join("\n\n", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Replace('\n', ' ')));
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)) return false; // UTF-16 with BOM
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        int zeros = 0;
        foreach (var b in head) if (b == 0) zeros++;
        return zeros > 0;
    }

    private static ArticleAnalysis Failed(string source, string code, string problem) =>
        new() { Source = source, IsArticle = false, Errors = [new ExtractionError(code, $"{source}: {problem}")] };
}
