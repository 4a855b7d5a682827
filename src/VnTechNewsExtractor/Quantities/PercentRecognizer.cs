using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Money;

namespace VnTechNewsExtractor.Quantities;

/// <summary>
/// Finds percentages ("10%", "10,5 phần trăm", "mười phần trăm"), the stakes of investment relations, with the
/// number reader of the money layer and a forward-only scan.
/// </summary>
internal static class PercentRecognizer
{
    private static readonly NumberReader Numbers = new(MoneyLexicon.Default);
    private static readonly PhraseTrie<bool> Signs = LoadSigns();

    public static List<PercentValue> Recognize(string matchText)
    {
        ArgumentNullException.ThrowIfNull(matchText);
        var found = new List<PercentValue>();
        string s = matchText;
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            bool start = (char.IsAsciiDigit(c) || (char.IsLetter(c) && IsNumberWord(s, i))) && (i == 0 || !IsNumberChar(s[i - 1]));
            if (start && Numbers.Read(s, i, preferEnglish: false) is { HasMagnitude: false } n)
            {
                int q = NumberReader.SkipSpaces(s, n.End);
                if (Signs.TryMatch(s, q, out _, out var end))
                {
                    found.Add(new PercentValue(new TextSpan(i, end), (double)n.Value));
                    i = end;
                    continue;
                }
                if (char.IsAsciiDigit(c))
                {
                    i = n.End;
                    continue;
                }
            }
            if (char.IsLetterOrDigit(c))
            {
                while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    // "1,5": a number continues across a separator, so "5" of "1,5%" is never a start of its own
    private static bool IsNumberChar(char c) => char.IsLetterOrDigit(c) || c is '.' or ',';

    private static bool IsNumberWord(string s, int i)
    {
        int j = i + 1;
        while (j < s.Length && char.IsLetter(s[j])) j++;
        return MoneyLexicon.Default.NumberStartWords.Contains(s.AsSpan(i, j - i));
    }

    private static PhraseTrie<bool> LoadSigns()
    {
        var trie = new PhraseTrie<bool>();
        foreach (var line in ResourceData.ReadLines("quantities.percent-signs.tsv")) trie.Add(line.Split('\t')[0], true);
        return trie;
    }
}
