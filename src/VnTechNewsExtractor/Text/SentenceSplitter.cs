using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// Splits text into sentences. A line break always ends a sentence (titles and headings carry no final
/// punctuation); inside a line, '.', '!', '?' or '…' ends one when a space and a capital, digit, quote or
/// bracket follow, unless the dot belongs to an abbreviation (TP., Inc.), an initial or a number.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed, in reading order.</summary>
    public static List<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        int paragraph = 0;
        int lineStart = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            SplitLine(text, lineStart, i, paragraph, sentences);
            if (i < text.Length && i + 1 < text.Length && text[i + 1] == '\n') paragraph++;
            lineStart = i + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        int s = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            int j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '…') j++;
            while (j < end && text[j] is '"' or '\'' or '”' or '’' or ')' or '»') j++; // closing quotes belong to the sentence
            if (j >= end || !char.IsWhiteSpace(text[j])) continue;
            int k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) continue;
            char next = text[k];
            bool opensSentence = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '(' or '[' or '\'' or '‘' or '-' or '–';
            if (!opensSentence) continue;
            if (c == '.' && j == i + 1 && IsNonFinalDot(text, s, i)) continue;
            Add(text, s, j, paragraph, into);
            s = k;
            i = k - 1;
        }
        Add(text, s, end, paragraph, into);
    }

    /// <summary>True when the dot at <paramref name="dot"/> closes an abbreviation or an initial.</summary>
    private static bool IsNonFinalDot(string text, int lineStart, int dot)
    {
        int w = dot;
        while (w > lineStart && char.IsLetter(text[w - 1])) w--;
        var word = text.AsSpan(w, dot - w);
        if (word.Length == 0) return false;
        if (word.Length == 1 && word[0] is >= 'A' and <= 'Z') return true; // an initial: "J. Smith" (not "Đông Nam Á.")
        return Abbreviations.IsKnown(word);
    }

    private static void Add(string text, int start, int end, int paragraph, List<Sentence> into)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) into.Add(new Sentence(start, end, paragraph));
    }
}
