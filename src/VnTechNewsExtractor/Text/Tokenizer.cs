using System.Globalization;
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
            if (IsSpace(c)) { i++; continue; }
            int start = i;
            TokenKind kind;
            // E-mails and bare domains are runs of ASCII with '@' or '.' inside: one cheap scan rules most words out.
            bool addressLike = c < 128 && char.IsAsciiLetterOrDigit(c) && HasAddressMark(text, i);
            if (addressLike && EndOfEmail(text, i) is > 0 and var emailEnd)
            {
                i = emailEnd;
                kind = TokenKind.Email;
            }
            else if (StartsUrl(text[i..]) || (addressLike && char.IsAsciiLetter(c) && EndOfDomain(text, i) > 0))
            {
                i = EndOfUrl(text, i);
                kind = TokenKind.Url;
            }
            else if (char.IsDigit(c))
            {
                int dateEnd = EndOfDate(text, i);
                int codeEnd = dateEnd > 0 ? 0 : EndOfCode(text, i);
                (i, kind) = dateEnd > 0 ? (dateEnd, TokenKind.Date)
                    : codeEnd > 0 ? (codeEnd, TokenKind.LatinWord)
                    : (EndOfNumber(text, i), TokenKind.Number);
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
                // A run of one repeated mark is one token: the ellipsis "...", rules "-----", "!!!".
                if (c is '.' or '-' or '=' or '*' or '_' or '!' or '?' or '~')
                    while (i < text.Length && text[i] == c) i++;
            }
            into.Add(new Token(start, i, kind));
        }
    }

    /// <summary>Spaces of every kind, and the invisible characters that only break or join glyphs.</summary>
    private static bool IsSpace(char c) =>
        c <= ' ' ? c is ' ' or '\n' or '\r' or '\t' or '\f' or '\v' : char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';

    private static bool StartsUrl(ReadOnlySpan<char> s) =>
        s.Length > 4 && (s[0] | 0x20) is 'h' or 'w' && (
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        s.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        s.StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    private static int EndOfUrl(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && !IsSpace(s[i]) && s[i] is not ('"' or '<' or '>' or '“' or '”')) i++;
        while (s[i - 1] is '.' or ',' or ')' or ';' or ':' or '!' or '?') i--; // trailing sentence punctuation
        return i;
    }

    // Top-level domains that make "vnexpress.net" a site rather than a sentence end; in a data file they would
    // be read for every token, so the short list stays here.
    private static readonly string[] Domains = ["com", "net", "org", "vn", "io", "ai", "gov", "edu", "info", "biz"];

    /// <summary>The end of a bare domain name ("vnexpress.net", "cafef.vn/abc") starting at <paramref name="i"/>, or 0.</summary>
    private static int EndOfDomain(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] == '-')) j++;
        if (j + 2 >= s.Length || s[j] != '.' || !char.IsAsciiLetterLower(s[j + 1])) return 0;
        int k = j + 1;
        while (k < s.Length && char.IsAsciiLetterLower(s[k])) k++;
        if (k < s.Length && (char.IsLetterOrDigit(s[k]) || s[k] == '@')) return 0;
        var tld = s[(j + 1)..k];
        foreach (var d in Domains)
            if (tld.SequenceEqual(d)) return k;
        return 0;
    }

    /// <summary>True when the run of address characters from <paramref name="i"/> holds an '@' or a '.'.</summary>
    private static bool HasAddressMark(ReadOnlySpan<char> s, int i)
    {
        for (; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '@' or '.') return true;
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '+' or '%')) return false;
        }
        return false;
    }

    /// <summary>The end of an e-mail address starting at <paramref name="i"/>, or 0 when there is none.</summary>
    private static int EndOfEmail(ReadOnlySpan<char> s, int i)
    {
        int j = i;
        while (j < s.Length && (char.IsAsciiLetterOrDigit(s[j]) || s[j] is '.' or '_' or '-' or '+' or '%')) j++;
        if (j >= s.Length || s[j] != '@' || j == i) return 0;
        int k = j + 1, dots = 0, end = 0;
        while (k < s.Length && (char.IsAsciiLetterOrDigit(s[k]) || s[k] is '-' or '.'))
        {
            if (s[k] == '.') dots++;
            else if (dots > 0) end = k + 1;
            k++;
        }
        return dots > 0 && end > 0 ? end : 0;
    }

    /// <summary>
    /// The end of a code that starts with digits and goes on in ASCII letters ("5G", "4K", "3D", "404T"), or 0.
    /// A Vietnamese letter right after ("2tỷ") means a number glued to a word, not a code.
    /// </summary>
    private static int EndOfCode(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i >= s.Length || !char.IsAsciiLetter(s[i])) return 0;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i])) i++;
        return i < s.Length && char.IsLetterOrDigit(s[i]) ? 0 : i;
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

    /// <summary>
    /// The end of a date or time starting at <paramref name="i"/>, or 0: day-month[-year] and month/year with '-' or
    /// '/' ("14-1", "4-12-2003", "12/2015"), year/month/day ("2004/07/08"), hours:minutes[:seconds] ("05:30:00").
    /// </summary>
    private static int EndOfDate(ReadOnlySpan<char> s, int i)
    {
        Span<int> values = stackalloc int[3];
        Span<int> digits = stackalloc int[3];
        int groups = 0;
        char separator = '\0';
        int j = i;
        while (true)
        {
            int start = j, value = 0;
            while (j < s.Length && char.IsAsciiDigit(s[j]) && j - start < 5) value = value * 10 + (s[j++] - '0');
            if (j < s.Length && char.IsAsciiDigit(s[j])) return 0; // too long for a date part
            values[groups] = value;
            digits[groups] = j - start;
            groups++;
            if (groups == 3 || j + 1 >= s.Length || !char.IsAsciiDigit(s[j + 1])) break;
            char c = s[j];
            if (c is not ('-' or '/' or ':') || (separator != '\0' && c != separator)) break;
            separator = c;
            j++;
        }
        if (groups < 2 || (j < s.Length && (char.IsLetterOrDigit(s[j]) || (s[j] is '.' or ',' && j + 1 < s.Length && char.IsDigit(s[j + 1]))))) return 0;
        bool ok = separator switch
        {
            ':' => digits[0] <= 2 && digits[1] == 2 && values[0] <= 24 && values[1] < 60 && (groups == 2 || (digits[2] == 2 && values[2] < 60)),
            _ when digits[0] == 4 => groups == 3 && IsMonth(values[1], digits[1]) && IsDay(values[2], digits[2]),
            _ when groups == 2 && digits[1] == 4 => IsMonth(values[0], digits[0]) && values[1] >= 1900 && values[1] <= 2100,
            _ => IsDay(values[0], digits[0]) && IsMonth(values[1], digits[1]) && (groups == 2 || digits[2] is 2 or 4),
        };
        return ok ? j : 0;
    }

    private static bool IsDay(int value, int digits) => digits <= 2 && value is >= 1 and <= 31;

    private static bool IsMonth(int value, int digits) => digits <= 2 && value is >= 1 and <= 12;

    private static (int End, TokenKind Kind) ScanWord(ReadOnlySpan<char> s, int start)
    {
        int i = start;
        bool innerUpper = false, digit = false, hyphen = false, allUpper = true;
        while (true)
        {
            // One class lookup a character: ASCII by range, the rest by Unicode category.
            for (; i < s.Length; i++)
            {
                char ch = s[i];
                if (ch < 128)
                {
                    if (char.IsAsciiLetterLower(ch)) allUpper = false;
                    else if (char.IsAsciiLetterUpper(ch)) innerUpper |= i > start;
                    else if (char.IsAsciiDigit(ch)) digit = true;
                    else break;
                    continue;
                }
                var category = CharUnicodeInfo.GetUnicodeCategory(ch);
                if (category == UnicodeCategory.LowercaseLetter) allUpper = false;
                else if (category == UnicodeCategory.UppercaseLetter) innerUpper |= i > start;
                else if (category == UnicodeCategory.DecimalDigitNumber) digit = true;
                else if (category is UnicodeCategory.OtherLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter) allUpper = false;
                else if (category != UnicodeCategory.NonSpacingMark) break; // combining marks of decomposed text stay in the word
            }
            // Joined by a hyphen, '&' or '.' with no space: GPT-4, M-Service, AT&T, TP.HCM, PGS.TS, H.T.Dũng.
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
                    int segment = i + 1;
                    int j = i + 1;
                    while (true)
                    {
                        while (j < s.Length && char.IsLetter(s[j])) j++;
                        if (j + 1 < s.Length && s[j] == '.' && char.IsUpper(s[j + 1]) && j - segment <= 4)
                        {
                            segment = j + 1;
                            j++;
                            continue;
                        }
                        break;
                    }
                    return (IncludeAbbreviationDot(s, j, j - segment == 1), TokenKind.Abbreviation);
                }
            }
            break;
        }
        if (i < s.Length && s[i] == '.' && !hyphen)
        {
            if (Abbreviations.IsKnown(s[start..i])) return (i + 1, TokenKind.Abbreviation);
            // An initial: "anh T. cho biết", "Nguyễn Văn A. và ...": a capital alone before a dot and more text.
            if (i - start == 1 && char.IsUpper(s[start]) && FollowsOnSameLine(s, i + 1)) return (i + 1, TokenKind.Abbreviation);
        }
        int length = i - start;
        bool latin = innerUpper || digit || hyphen || (allUpper && length >= 2);
        return (i, latin ? TokenKind.LatinWord : TokenKind.Syllable);
    }

    /// <summary>True when a space and then more text on the same line follow <paramref name="i"/>.</summary>
    private static bool FollowsOnSameLine(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length || !IsSpace(s[i])) return false;
        while (i < s.Length && IsSpace(s[i]))
        {
            if (s[i] == '\n') return false;
            i++;
        }
        return i < s.Length;
    }

    /// <summary>
    /// Takes the dot after a dotted abbreviation when a lower-case word follows (so the dot cannot end a sentence),
    /// or when the abbreviation ends in an initial ("L.T.") and a space follows.
    /// </summary>
    private static int IncludeAbbreviationDot(ReadOnlySpan<char> s, int i, bool endsInInitial)
    {
        if (i >= s.Length || s[i] != '.') return i;
        if (endsInInitial && (i + 1 == s.Length || IsSpace(s[i + 1]))) return i + 1;
        return (i + 1 == s.Length || IsSpace(s[i + 1])) && i + 2 < s.Length && char.IsLower(s[i + 2]) ? i + 1 : i;
    }
}
