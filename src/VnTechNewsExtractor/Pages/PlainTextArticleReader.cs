using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// Reads a plain-text article. Two layouts are understood: title, blank line, lead, blank line, body (one
/// paragraph a line); and the compact layout with no blank lines (title, lead, body), which may end with a
/// source line "(Theo CNBC)" and related-link lines starting with "- ", neither of which is body.
/// Lines that end in a photo credit ("... Ảnh: Reuters") are captions, not body.
/// </summary>
public static class PlainTextArticleReader
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    public static ArticleContent Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextNormalizer.Clean(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'))
            .Split('\n').Select(l => l.Trim()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        if (lines.All(l => l.Length == 0)) return ArticleContent.Empty;

        // Drop the trailing related-link list and the source line before it.
        int end = lines.Count;
        while (end > 0 && (lines[end - 1].StartsWith("- ", StringComparison.Ordinal) || lines[end - 1].Length == 0)) end--;
        if (end < lines.Count && end > 0 && IsSourceLine(lines[end - 1])) end--;
        else if (end > 0 && IsSourceLine(lines[end - 1])) end--;
        lines = lines.GetRange(0, end);

        string? title, lead;
        List<string> body;
        bool blankLayout = lines.Count > 2 && lines[1].Length == 0;
        if (blankLayout)
        {
            title = lines[0];
            int i = 2;
            var leadLines = new List<string>();
            while (i < lines.Count && lines[i].Length > 0) leadLines.Add(lines[i++]);
            lead = leadLines.Count > 0 ? string.Join(' ', leadLines) : null;
            body = lines.Skip(i).Where(l => l.Length > 0).ToList();
        }
        else
        {
            var nonEmpty = lines.Where(l => l.Length > 0).ToList();
            title = nonEmpty.ElementAtOrDefault(0);
            lead = nonEmpty.ElementAtOrDefault(1);
            body = nonEmpty.Skip(2).ToList();
        }
        body = body.Where(l => !IsCaption(l)).ToList();
        return new ArticleContent
        {
            IsArticle = title is not null && (lead is not null || body.Count > 0),
            Title = title,
            Lead = lead,
            Paragraphs = body,
        };
    }

    /// <summary>"(Theo CNBC)", "Theo Reuters": the article's source, not its body.</summary>
    private static bool IsSourceLine(string line) =>
        line.Length < 80 && (line.StartsWith("(Theo ", StringComparison.Ordinal) && line.EndsWith(')') || line.StartsWith("Theo ", StringComparison.Ordinal) && !line.Contains(',', StringComparison.Ordinal) && !line.EndsWith('.'));

    /// <summary>A photo caption ends with its credit: "... Ảnh: Synthesia".</summary>
    private static bool IsCaption(string line)
    {
        int i = line.LastIndexOf("Ảnh:", StringComparison.Ordinal);
        if (i < 0) i = line.LastIndexOf("Ảnh :", StringComparison.Ordinal);
        if (i < 0) i = line.LastIndexOf("Nguồn ảnh:", StringComparison.Ordinal);
        return i >= 0 && line.Length - i < 60 && !line[i..].Contains('.', StringComparison.Ordinal);
    }
}
