using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VnTechNewsExtractor.IO;

/// <summary>
/// File names made from untrusted strings (page URLs, titles, paths found inside inputs) that cannot leave the folder
/// they are written to: ASCII letters, digits, '-', '_' and inner '.', no separators, no "..", no leading dot, no
/// control characters, no Windows device names, a bounded length, and a hash of the whole original so two different
/// strings never share a name.
/// </summary>
public static class SafeFileName
{
    private const int HashChars = 12;

    /// <summary>A file name (without folder) for <paramref name="original"/>: "https://vnexpress.net/ai-rot-von-1.html" → "vnexpress.net-ai-rot-von-1.html-3f9a0c1b2d4e.html".</summary>
    /// <param name="original">Any string; a URL loses its scheme, and Vietnamese letters lose their diacritics ("đ" → "d").</param>
    /// <param name="extension">Appended after the hash, e.g. ".html"; sanitised the same way. Empty for none.</param>
    /// <param name="maxLength">Longest name returned, extension included (at least 32; 255 bytes is the usual file system limit).</param>
    public static string From(string original, string extension = "", int maxLength = 120)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(extension);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 32);
        var ext = Sanitize(extension.TrimStart('.'));
        ext = ext.Length == 0 ? "" : "." + ext[..Math.Min(ext.Length, 16)];
        var text = original;
        if (Uri.TryCreate(original, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            text = uri.Host + uri.PathAndQuery;
        var stem = Sanitize(text);
        int room = maxLength - ext.Length - HashChars - 1;
        if (stem.Length > room) stem = stem[..room].TrimEnd('-', '.', '_');
        if (stem.Length == 0) stem = "page";
        if (IsDeviceName(stem)) stem = "_" + stem;
        return $"{stem}-{Hash(original)}{ext}";
    }

    /// <summary>The full path of <see cref="From"/>'s name inside <paramref name="folder"/>; never outside it.</summary>
    public static string InFolder(string folder, string original, string extension = "", int maxLength = 120)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var path = Path.Combine(Path.GetFullPath(folder), From(original, extension, maxLength));
        if (!IsInside(folder, path)) throw new InvalidOperationException($"'{path}' is not inside '{folder}'"); // cannot happen: the name has no separator
        return path;
    }

    /// <summary>True when <paramref name="path"/>, resolved, lies strictly inside <paramref name="folder"/> (".." and absolute paths taken into account).</summary>
    public static bool IsInside(string folder, string path)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(path);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(path, root);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return full.Length > root.Length && full.StartsWith(root, comparison);
    }

    /// <summary>ASCII letters and digits kept, diacritics dropped, anything else one '-', no dot or dash at either end, no "..".</summary>
    private static string Sanitize(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 4096));
        foreach (var c in RemoveDiacritics(text))
        {
            char mapped = char.IsAsciiLetterOrDigit(c) || c is '_' ? c : c == '.' ? '.' : '-';
            if (mapped is '-' or '.' && sb.Length > 0 && sb[^1] is '-' or '.') continue; // no "--", no ".."
            sb.Append(mapped);
            if (sb.Length >= 4096) break;
        }
        return sb.ToString().Trim('-', '.');
    }

    private static string RemoveDiacritics(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 4096));
        foreach (var c in text.Length > 4096 ? text[..4096] : text)
        {
            if (char.IsSurrogate(c)) { sb.Append('-'); continue; }
            if (c is 'đ' or 'Đ') { sb.Append(c == 'đ' ? 'd' : 'D'); continue; }
            foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) sb.Append(d);
        }
        return sb.ToString();
    }

    private static bool IsDeviceName(string stem)
    {
        var head = stem.Split('.')[0].ToUpperInvariant();
        return head is "CON" or "PRN" or "AUX" or "NUL" or "CONIN$" or "CONOUT$"
               || (head.Length == 4 && (head.StartsWith("COM", StringComparison.Ordinal) || head.StartsWith("LPT", StringComparison.Ordinal)) && char.IsAsciiDigit(head[3]));
    }

    private static string Hash(string original)
    {
        Span<byte> digest = stackalloc byte[32];
        // UTF-16 code units hashed as they are, so strings differing only in a lone surrogate still differ.
        SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(original.AsSpan()), digest);
        return Convert.ToHexString(digest)[..HashChars].ToLowerInvariant();
    }
}
