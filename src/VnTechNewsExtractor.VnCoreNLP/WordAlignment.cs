using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.VnCoreNLP;

/// <summary>
/// Puts VnCoreNLP's output back on the article: its word forms ("Việt_Nam") are found in the text in order, its
/// words become runs of the pipeline's own tokens, and its BIO labels become entity spans.
/// </summary>
internal static class WordAlignment
{
    /// <summary>How far ahead a word that does not follow on is looked for (VnCoreNLP may drop or rewrite a character).</summary>
    private const int ResyncWindow = 200;

    /// <summary>Reads the bridge's "form\tpos\tner" lines and places each form on <paramref name="text"/>.</summary>
    public static List<BackendWord> Place(string text, string annotated)
    {
        var words = new List<BackendWord>();
        int pos = 0;
        foreach (var line in annotated.Split('\n'))
        {
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            var form = fields[0];
            var ner = fields.Length > 2 && fields[2].Length > 0 ? fields[2] : "O";
            var (start, end) = Find(text, form, pos);
            if (start < 0)
            {
                words.Add(new BackendWord(-1, -1, ner));
                continue;
            }
            words.Add(new BackendWord(start, end, ner));
            pos = end;
        }
        return words;
    }

    /// <summary>The span of <paramref name="form"/>'s syllables from <paramref name="from"/> on, spaces between them in the text.</summary>
    private static (int Start, int End) Find(string text, string form, int from)
    {
        // "_" joins syllables; a form that is only underscores is the character itself.
        var syllables = form.Trim('_').Length == 0 ? [form] : form.Split('_', StringSplitOptions.RemoveEmptyEntries);
        int at = SkipSpaces(text, from);
        if (!Matches(text, at, syllables[0]))
        {
            int limit = Math.Min(text.Length, at + ResyncWindow);
            int found = text.IndexOf(syllables[0], at, limit - at, StringComparison.Ordinal);
            if (found < 0) return (-1, -1);
            at = found;
        }
        int start = at, end = at + syllables[0].Length;
        for (int i = 1; i < syllables.Length; i++)
        {
            int next = SkipSpaces(text, end);
            if (!Matches(text, next, syllables[i])) return (-1, -1);
            end = next + syllables[i].Length;
        }
        return (start, end);
    }

    private static bool Matches(string text, int at, string piece) =>
        at + piece.Length <= text.Length && string.CompareOrdinal(text, at, piece, 0, piece.Length) == 0;

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>
    /// The pipeline's words: consecutive tokens that start inside the same VnCoreNLP word are one word; a token
    /// outside every placed word is a word of its own.
    /// </summary>
    public static Word[] ToWords(IReadOnlyList<Token> tokens, List<BackendWord> backend)
    {
        var owner = new int[tokens.Count];
        int w = 0;
        for (int t = 0; t < tokens.Count; t++)
        {
            int start = tokens[t].Start;
            while (w < backend.Count && (!backend[w].Placed || backend[w].End <= start)) w++;
            owner[t] = w < backend.Count && backend[w].Start <= start ? w : -1;
        }
        var words = new List<Word>(tokens.Count);
        int first = 0;
        for (int t = 1; t <= tokens.Count; t++)
        {
            if (t < tokens.Count && owner[t] >= 0 && owner[t] == owner[t - 1]) continue;
            if (tokens.Count == 0) break;
            words.Add(new Word(tokens[first].Start, tokens[t - 1].End, first, t - first));
            first = t;
        }
        return [.. words];
    }

    /// <summary>Entity spans from BIO labels; a word that could not be placed ends the entity it was in.</summary>
    public static EntityMention[] ToEntities(List<BackendWord> backend)
    {
        var entities = new List<EntityMention>();
        string? type = null;
        int start = 0, end = 0;
        foreach (var word in backend)
        {
            var (prefix, label) = Split(word.Ner);
            bool continues = word.Placed && type is not null && prefix == 'I' && label == type;
            if (continues)
            {
                end = word.End;
                continue;
            }
            if (type is not null) entities.Add(new EntityMention(start, end, type));
            type = null;
            if (word.Placed && prefix is 'B' or 'I' && label.Length > 0)
            {
                type = label;
                start = word.Start;
                end = word.End;
            }
        }
        if (type is not null) entities.Add(new EntityMention(start, end, type));
        return [.. entities];
    }

    private static (char Prefix, string Label) Split(string ner) =>
        ner.Length > 2 && ner[1] == '-' ? (ner[0], ner[2..]) : ('O', "");

}
