using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VnTechNewsExtractor.Sources;

/// <summary>
/// A folder of fetched pages, each with its <see cref="PageSidecar"/>. File names come from the canonical URL
/// (host and path, made safe) plus a hash of it, so they are unique, bounded and never leave the folder. A page
/// counts as saved once its sidecar exists; both are written atomically, the sidecar last.
/// </summary>
public sealed class PageStore
{
    private const int MaxStemChars = 80;
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
        "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    };

    /// <summary>A store over <paramref name="directory"/>, created when missing.</summary>
    public PageStore(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = Path.GetFullPath(directory);
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>The file name a page from <paramref name="url"/> is saved under (an .html name; .txt for plain text).</summary>
    public static string FileNameFor(Uri url, bool plainText = false)
    {
        ArgumentNullException.ThrowIfNull(url);
        var canonical = CanonicalUrl.Of(url);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.AbsoluteUri)))[..12].ToLowerInvariant();
        var raw = Uri.UnescapeDataString(canonical.Host + canonical.AbsolutePath + (canonical.Query.Length > 1 ? "_" + canonical.Query[1..] : ""));
        var stem = new StringBuilder(raw.Length);
        foreach (var c in raw.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            char d = c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c);
            stem.Append(d is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' ? d : '_');
        }
        var name = string.Join('_', stem.Replace("..", "_").ToString().Split(['_'], StringSplitOptions.RemoveEmptyEntries)).Trim('.', '-', '_');
        if (name.EndsWith(".html", StringComparison.Ordinal)) name = name[..^5];
        else if (name.EndsWith(".htm", StringComparison.Ordinal)) name = name[..^4];
        if (name.Length > MaxStemChars) name = name[..MaxStemChars].TrimEnd('.', '-', '_');
        if (name.Length == 0 || ReservedNames.Contains(name.Split('.')[0])) name = "page_" + name;
        return $"{name}-{hash}{(plainText ? ".txt" : ".html")}";
    }

    /// <summary>Where a page from <paramref name="url"/> is (or would be) saved.</summary>
    public string PathFor(Uri url, bool plainText = false) => Path.Combine(Directory, FileNameFor(url, plainText));

    /// <summary>The saved page of <paramref name="url"/> (complete: its sidecar exists), or null.</summary>
    public string? Find(Uri url)
    {
        foreach (var plain in (ReadOnlySpan<bool>)[false, true])
        {
            var path = PathFor(url, plain);
            if (File.Exists(PageSidecar.PathFor(path)) && File.Exists(path)) return path;
        }
        return null;
    }

    /// <summary>Saves a fetched page and its sidecar, each atomically; returns the page's path.</summary>
    public async Task<string> SaveAsync(FetchResult page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Content is null) throw new ArgumentException("only a fetched page can be saved", nameof(page));
        var path = PathFor(page.Url, page.IsPlainText);
        var sidecar = new PageSidecar
        {
            Url = page.Url.OriginalString,
            FinalUrl = page.FinalUrl?.AbsoluteUri,
            FetchedAt = page.FetchedAt,
            Status = page.Status ?? 0,
            ContentType = page.ContentType,
            Charset = page.Charset,
            Length = page.Content.Length,
            Sha256 = Convert.ToHexString(SHA256.HashData(page.Content)).ToLowerInvariant(),
        };
        await WriteAtomicallyAsync(path, page.Content, cancellationToken).ConfigureAwait(false);
        await WriteAtomicallyAsync(PageSidecar.PathFor(path), sidecar.ToJson(), cancellationToken).ConfigureAwait(false);
        return path;
    }

    private static async Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken).ConfigureAwait(false);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
