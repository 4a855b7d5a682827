using System.Runtime.CompilerServices;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// Article files and folders (read recursively, in ordinal path order). A file saved by <c>vntech fetch</c> or
/// <c>crawl</c> is read with its <see cref="PageSidecar"/>: its URL becomes the record's source and URL, and the
/// charset the server named is used to decode it.
/// </summary>
public sealed class FilePageSource : IPageSource
{
    private readonly IReadOnlyList<string> _paths;
    private readonly long _maxBytes;
    private readonly IReadOnlyList<string> _extensions;

    /// <summary>A source over <paramref name="paths"/>; limits and extensions from <paramref name="options"/> (the defaults when null).</summary>
    public FilePageSource(IEnumerable<string> paths, ArticleAnalyzerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        _paths = [.. paths];
        options ??= ArticleAnalyzerOptions.Default;
        _maxBytes = options.MaxFileBytes;
        _extensions = options.Extensions;
    }

    /// <summary>What a record of the file at <paramref name="path"/> reports as its source: the sidecar's URL, or the path.</summary>
    public static string SourceNameOf(string path) => PageSidecar.TryRead(path).Sidecar?.Url ?? path;

    /// <inheritdoc />
    public async IAsyncEnumerable<PageEntry> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var path in _paths)
        {
            IEnumerable<string> files = Directory.Exists(path) ? EnumerateFolder(path) : [path];
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (sidecar, sidecarError) = PageSidecar.TryRead(file);
                yield return new PageEntry(sidecar?.Url ?? file, ct => LoadAsync(file, sidecar, sidecarError, _maxBytes, ct));
            }
        }
        await Task.CompletedTask.ConfigureAwait(false);
    }

    private IEnumerable<string> EnumerateFolder(string folder)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
        return Directory.EnumerateFiles(folder, "*", options)
            .Where(f => _extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> as a page (named by its sidecar's URL when there is one); a directory,
    /// a missing file, one over <paramref name="maxBytes"/> or a read error is a page with an error instead of content.
    /// </summary>
    internal static async Task<SourcePage> LoadAsync(string path, PageSidecar? sidecar, ExtractionError? sidecarError, long maxBytes, CancellationToken cancellationToken)
    {
        var source = sidecar?.Url ?? path;
        try
        {
            if (Directory.Exists(path)) return SourcePage.Failed(source, new ExtractionError(ExtractionErrorCodes.Io, $"{path}: is a directory, not a file"));
            var info = new FileInfo(path);
            if (!info.Exists) return SourcePage.Failed(source, new ExtractionError(ExtractionErrorCodes.Io, $"{path}: does not exist"));
            if (info.Length > maxBytes)
                return SourcePage.Failed(source, new ExtractionError(ExtractionErrorCodes.Limit, $"{path}: is {info.Length:N0} bytes, over the limit of {maxBytes:N0}"));
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            return new SourcePage
            {
                Source = source,
                Url = sidecar is null ? null : sidecar.FinalUrl ?? sidecar.Url,
                Content = bytes,
                Charset = sidecar?.Charset,
                IsPlainText = Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase),
                Errors = sidecarError is null ? [] : [sidecarError],
            };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return SourcePage.Failed(source, new ExtractionError(ExtractionErrorCodes.Io, $"{path}: {ex.Message}"));
        }
    }
}
