using VnTechNewsExtractor.Documents;

namespace VnTechNewsExtractor.Text;

/// <summary>Splits text into tokens with offsets and kinds, in one pass, without allocating substrings.</summary>
public static class Tokenizer
{
    /// <summary>The tokens of <paramref name="text"/> in reading order.</summary>
    public static List<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<Token>(text.Length / 4);
        Tokenize(text.AsSpan(), tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="into"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF') { i++; continue; }
            int start = i;
            TokenKind kind;
            if (StartsUrl(text[i..]))
            {
                i = EndOfUrl(text, i);
                kind = TokenKind.Url;
            }
            else if (char.IsDigit(c))
            {
                i = EndOfNumber(text, i);
                kind = TokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                (i, kind) = ScanWord(text, i);
            }
            else
            {
                i++;
                kind = c switch
                {
                    '$' or '€' or '£' or '¥' or '₫' or '₩' or '฿' or '₹' => TokenKind.CurrencySign,
                    '%' => TokenKind.Percent,
                    _ when char.IsPunctuation(c) => TokenKind.Punctuation,
                    _ => TokenKind.Symbol,
                };
                if (c == '.' && i + 1 < text.Length && text[i] == '.' && text[i + 1] == '.') i += 2; // ellipsis
            }
            into.Add(new Token(start, i, kind));
        }
    }

    private static bool StartsUrl(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        s.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        s.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static int EndOfUrl(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('"' or '<' or '>' or '“' or '”')) i++;
        while (s[i - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?') i--; // trailing sentence punctuation
        return i;
    }

    /// <summary>Digits with inner '.' or ',' groups: "2,75", "1.000.000", "1,299.99".</summary>
    private static int EndOfNumber(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsDigit(s[i])) i++;
        while (i + 1 < s.Length && s[i] is '.' or ',' && char.IsDigit(s[i + 1]))
        {
            i++;
            while (i < s.Length && char.IsDigit(s[i])) i++;
        }
        return i;
    }

    private static (int End, TokenKind Kind) ScanWord(ReadOnlySpan<char> s, int start)
    {
        int i = start;
        bool innerUpper = false, digit = false, hyphen = false, allUpper = true;
        while (true)
        {
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || char.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                if (char.IsDigit(s[i])) digit = true;
                else if (char.IsUpper(s[i])) { if (i > start) innerUpper = true; }
                else if (char.IsLetter(s[i])) allUpper = false;
                i++;
            }
            // Joined by a hyphen, '&' or '.' with no space: GPT-4, M-Service, AT&T, TP.HCM, PGS.TS.
            if (i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                if (s[i] == '-' || s[i] == '&' && char.IsUpper(s[i - 1]))
                {
                    hyphen = true;
                    i++;
                    continue;
                }
                if (s[i] == '.' && char.IsUpper(s[i + 1]) && char.IsUpper(s[start]) && i - start <= 4)
                {
                    int j = i + 1;
                    while (j < s.Length && char.IsLetter(s[j])) j++;
                    i = j;
                    return (IncludeAbbreviationDot(s, i), TokenKind.Abbreviation);
                }
            }
            break;
        }
        if (i < s.Length && s[i] == '.' && Abbreviations.IsKnown(s[start..i]) && !hyphen)
            return (i + 1, TokenKind.Abbreviation);
        int length = i - start;
        bool latin = innerUpper || digit || hyphen || (allUpper && length >= 2);
        return (i, latin ? TokenKind.LatinWord : TokenKind.Syllable);
    }

    private static int IncludeAbbreviationDot(ReadOnlySpan<char> s, int i) =>
        i < s.Length && s[i] == '.' && (i + 1 == s.Length || char.IsWhiteSpace(s[i + 1])) && i + 2 < s.Length && char.IsLower(s[i + 2]) ? i + 1 : i;
}
