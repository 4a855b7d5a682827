using System.Globalization;

namespace VnTechNewsExtractor.Money;

/// <summary>
/// Reads numbers as Vietnamese news writes them, in digits or words, at a position of a match text: "1.700",
/// "2,75", "$1,299.99", "2 tỷ 750 triệu", "1,5 nghìn tỷ", "1tr5", "10k", "hai mươi mốt nghìn", "một chấm ba".
/// Every step moves forward only, so reading costs time linear in what it reads.
/// </summary>
internal sealed class NumberReader(MoneyLexicon lexicon)
{
    /// <summary>Reads the number starting at <paramref name="pos"/>, or returns null when none starts there.</summary>
    /// <param name="text">The match text.</param>
    /// <param name="pos">Where the number should start.</param>
    /// <param name="preferEnglish">A sign such as "$" stands before it, so "1,299" reads as 1299.</param>
    public NumberMatch? Read(string text, int pos, bool preferEnglish)
    {
        try
        {
            return ReadUnchecked(text, pos, preferEnglish);
        }
        catch (OverflowException)
        {
            // Past 7.9 × 10^28 ("5635213556202966691 nghìn tỷ"): no amount anyone writes, and decimal cannot hold it.
            return null;
        }
    }

    private NumberMatch? ReadUnchecked(string text, int pos, bool preferEnglish)
    {
        decimal total = 0;
        int end = -1, lowest = int.MaxValue, top = 0;
        bool allSpelled = true;
        int p = pos;
        while (true)
        {
            if (!ReadCoefficient(text, p, preferEnglish, out var coef, out var coefEnd, out var shorthand, out var spelled)) break;
            if (shorthand > 0)
            {
                if (end >= 0) break; // "2 tỷ 10k" is no one number
                return new NumberMatch(pos, coefEnd, coef, shorthand, shorthand);
            }
            allSpelled &= spelled;
            int q = SkipSpaces(text, coefEnd);
            if (TryMagnitude(text, q, out var power, out var magEnd) && power < lowest)
            {
                total += coef * Pow10(power);
                if (end < 0) top = power;
                lowest = power;
                end = magEnd;
                q = SkipSpaces(text, magEnd);
                if (lexicon.Numerals.TryMatch(text, q, out var half, out var halfEnd) && half.Kind == NumeralKind.Half)
                {
                    total += Pow10(power) / 2; // "3 tỷ rưỡi"
                    end = halfEnd;
                    break;
                }
                p = q;
                if (p == end) break;
                continue;
            }
            if (end < 0)
            {
                // A plain number ("34.000", "hai mươi"). "1,299" with no magnitude after it is English thousands:
                // news gives no prices to a thousandth, while "1,125 tỷ" is a Vietnamese decimal.
                if (!preferEnglish && IsThousandsComma(text.AsSpan(pos, coefEnd - pos))) coef *= 1000;
                return new NumberMatch(pos, coefEnd, coef, 0, 0);
            }
            // "hai mươi mốt nghìn không trăm mười một", "hai triệu không trăm lẻ năm", "18 nghìn 257"
            if ((allSpelled || (lowest == 3 && coef == decimal.Truncate(coef))) && coef < 1000)
            {
                total += coef;
                end = coefEnd;
            }
            break;
        }
        return end < 0 ? null : new NumberMatch(pos, end, total, lowest, top);
    }

    /// <summary>A magnitude word at <paramref name="pos"/> that is not the start of another word ("tỷ lệ").</summary>
    public bool TryMagnitude(string text, int pos, out int power, out int end)
    {
        power = 0;
        if (!lexicon.Magnitudes.TryMatch(text, pos, out var word, out end)) return false;
        if (lexicon.IsBlocked(word.Surface, text, end)) return false;
        power = word.Power;
        return true;
    }

    /// <summary>A number below a magnitude: digits ("2,75", "10k", "1tr5", "5 trăm") or words ("hai mươi mốt").</summary>
    private bool ReadCoefficient(string text, int pos, bool preferEnglish, out decimal value, out int end, out int shorthand, out bool spelled)
    {
        value = 0;
        end = pos;
        shorthand = 0;
        spelled = false;
        if (pos >= text.Length) return false;
        if (char.IsAsciiDigit(text[pos]))
        {
            int i = pos;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            while (i + 1 < text.Length && (text[i] == '.' || text[i] == ',') && char.IsAsciiDigit(text[i + 1]))
            {
                i += 2;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            }
            if (!TryDigits(text.AsSpan(pos, i - pos), preferEnglish, out value)) return false;
            end = i;
            if (i < text.Length && char.IsLetter(text[i]) && lexicon.Shorthands.TryMatch(text, i, out var power, out var sEnd))
            {
                // "1tr5": the digits after the letters are the next decimal places of the unit
                int j = sEnd;
                while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
                if (j < text.Length && char.IsLetter(text[j])) return true; // "10km" is no shorthand
                decimal unit = value;
                if (j > sEnd)
                {
                    decimal frac = decimal.Parse(text.AsSpan(sEnd, j - sEnd), NumberStyles.None, CultureInfo.InvariantCulture);
                    unit += frac / Pow10(j - sEnd);
                }
                value = unit * Pow10(power);
                shorthand = power;
                end = j;
                return true;
            }
            if (value < 10 && value == decimal.Truncate(value))
            {
                int q = SkipSpaces(text, end);
                if (q > end && lexicon.Numerals.TryMatch(text, q, out var n, out var nEnd) && n.Kind == NumeralKind.Hundred)
                {
                    value *= 100; // "5 trăm triệu"
                    end = nEnd;
                    return true;
                }
            }
            ReadDecimalWords(text, ref value, ref end);
            return true;
        }
        if (lexicon.Numerals.TryMatch(text, pos, out var halfUnit, out var halfEnd) && halfUnit.Kind == NumeralKind.HalfUnit)
        {
            value = 0.5m; // "nửa tỷ USD"
            end = halfEnd;
            spelled = true;
            return true;
        }
        if (!ReadSpelled(text, pos, out value, out end)) return false;
        spelled = true;
        ReadDecimalWords(text, ref value, ref end);
        return true;
    }

    /// <summary>"hai phẩy 23", "một chấm ba": a spoken decimal point and the digits after it.</summary>
    private void ReadDecimalWords(string text, ref decimal value, ref int end)
    {
        if (value != decimal.Truncate(value)) return;
        int q = SkipSpaces(text, end);
        if (q == end || !lexicon.Numerals.TryMatch(text, q, out var point, out var pointEnd) || point.Kind != NumeralKind.Point) return;
        int r = SkipSpaces(text, pointEnd);
        if (r == pointEnd) return;
        decimal frac = 0, scale = 1;
        int last = -1;
        if (r < text.Length && char.IsAsciiDigit(text[r]))
        {
            int j = r;
            while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
            if (j < text.Length && char.IsLetterOrDigit(text[j])) return;
            foreach (var c in text.AsSpan(r, j - r))
            {
                scale /= 10;
                frac += (c - '0') * scale;
            }
            last = j;
        }
        else
        {
            while (lexicon.Numerals.TryMatch(text, r, out var d, out var dEnd) && d.Kind == NumeralKind.Digit)
            {
                scale /= 10;
                frac += d.Value * scale;
                last = dEnd;
                int next = SkipSpaces(text, dEnd);
                if (next == dEnd) break;
                r = next;
            }
        }
        if (last < 0) return;
        value += frac;
        end = last;
    }

    /// <summary>A spelled-out number below a thousand: "hai mươi mốt", "một trăm lẻ năm", "mười lăm", "trăm rưỡi".</summary>
    private bool ReadSpelled(string text, int pos, out decimal value, out int end)
    {
        value = 0;
        end = pos;
        if (!lexicon.Numerals.TryMatch(text, pos, out var first, out var firstEnd)) return false;
        int hundreds = -1;
        var current = first;
        int currentEnd = firstEnd;
        if (current.Kind == NumeralKind.Hundred)
        {
            hundreds = 100;
        }
        else if (current.Kind == NumeralKind.Digit && NextNumeral(text, currentEnd, out var n, out var nEnd) && n.Kind == NumeralKind.Hundred)
        {
            hundreds = current.Value * 100;
            currentEnd = nEnd;
        }
        if (hundreds >= 0)
        {
            value = hundreds;
            end = currentEnd;
            if (!NextNumeral(text, currentEnd, out current, out var afterEnd)) return true;
            switch (current.Kind)
            {
                case NumeralKind.Half:
                    value += 50;
                    end = afterEnd;
                    return true;
                case NumeralKind.Filler:
                    if (NextNumeral(text, afterEnd, out var unit, out var unitEnd) && unit.Kind == NumeralKind.Digit)
                    {
                        value += unit.Value;
                        end = unitEnd;
                    }
                    return true;
                case NumeralKind.Digit or NumeralKind.Ten:
                    currentEnd = afterEnd;
                    break;
                default:
                    return true;
            }
        }
        if (!ReadTens(text, current, currentEnd, out var tens, out var tensEnd)) return hundreds >= 0;
        value += tens;
        end = tensEnd;
        return true;
    }

    /// <summary>"mười lăm", "hai mươi mốt", "ba chục", "bảy": a number below a hundred whose first word is <paramref name="first"/>.</summary>
    private bool ReadTens(string text, Numeral first, int firstEnd, out int value, out int end)
    {
        value = 0;
        end = firstEnd;
        int tens;
        int afterTens;
        if (first.Kind == NumeralKind.Ten)
        {
            tens = 10;
            afterTens = firstEnd;
        }
        else if (first.Kind == NumeralKind.Digit)
        {
            if (!NextNumeral(text, firstEnd, out var marker, out var markerEnd) || marker.Kind != NumeralKind.Tens || first.Value == 0)
            {
                value = first.Value;
                return true;
            }
            tens = first.Value * 10;
            afterTens = markerEnd;
        }
        else
        {
            return false;
        }
        value = tens;
        end = afterTens;
        if (NextNumeral(text, afterTens, out var u, out var uEnd) && u.Kind is NumeralKind.Digit or NumeralKind.AfterTens && u.Value > 0)
        {
            if (u.Kind == NumeralKind.AfterTens && u.Value == 1 && tens == 10) return true; // "mười mốt" is not said
            value += u.Value;
            end = uEnd;
        }
        return true;
    }

    private bool NextNumeral(string text, int end, out Numeral numeral, out int numeralEnd)
    {
        numeral = default;
        numeralEnd = end;
        int q = SkipSpaces(text, end);
        return q > end && lexicon.Numerals.TryMatch(text, q, out numeral, out numeralEnd);
    }

    /// <summary>
    /// Reads "2,75", "1.000.000", "1,299.99": Vietnamese style (',' decimal, '.' thousands) unless the shape is
    /// unambiguously English, or a sign such as "$" precedes it and the shape allows English.
    /// </summary>
    internal static bool TryDigits(ReadOnlySpan<char> s, bool preferEnglish, out decimal value)
    {
        value = 0;
        if (s.IsEmpty) return false;
        int commas = s.Count(','), dots = s.Count('.');
        int firstDot = s.IndexOf('.'), lastComma = s.LastIndexOf(',');
        bool english =
            (commas > 0 && dots > 0 && firstDot > lastComma) ||                        // 1,299.99
            (dots == 0 && commas > 1) ||                                               // 1,299,495
            (preferEnglish && dots == 0 && commas == 1 && s.Length - lastComma == 4) || // $1,299
            (preferEnglish && commas == 0 && dots == 1 && s.Length - firstDot != 4);    // $2.5
        if (!english && dots > 1 && !GroupsOfThree(s, '.')) return false; // "1.2.3" is a version
        if (!english && dots == 1 && commas == 0 && s.Length - firstDot != 4) english = true; // "2.5" is a decimal in any style
        if (!english && commas > 0 && dots > 0 && lastComma < firstDot) return false;
        Span<char> buffer = stackalloc char[s.Length];
        int n = 0;
        foreach (var c in s)
        {
            if (english ? c == ',' : c == '.') continue;
            buffer[n++] = c == ',' ? '.' : c;
        }
        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsThousandsComma(ReadOnlySpan<char> s)
    {
        int comma = s.IndexOf(',');
        if (comma <= 0 || s.LastIndexOf(',') != comma || s.Contains('.') || s.Length - comma != 4) return false;
        if (comma == 1 && s[0] == '0') return false; // "0,125"
        foreach (var c in s)
        {
            if (c != ',' && !char.IsAsciiDigit(c)) return false;
        }
        return comma <= 3;
    }

    private static bool GroupsOfThree(ReadOnlySpan<char> s, char separator)
    {
        int last = s.IndexOf(separator);
        if (last == 0 || last > 3) return false;
        for (int i = last + 1; i < s.Length; i++)
        {
            if (s[i] == separator)
            {
                if (i - last != 4) return false;
                last = i;
            }
            else if (!char.IsAsciiDigit(s[i]))
            {
                break;
            }
        }
        return true;
    }

    /// <summary>The position after any spaces at <paramref name="pos"/>.</summary>
    public static int SkipSpaces(string text, int pos)
    {
        while (pos < text.Length && text[pos] == ' ') pos++;
        return pos;
    }

    /// <summary>The word (run of letters) that starts after the spaces at <paramref name="pos"/>.</summary>
    public static ReadOnlySpan<char> NextWord(string text, int pos)
    {
        int q = SkipSpaces(text, pos);
        int r = q;
        while (r < text.Length && char.IsLetter(text[r])) r++;
        return text.AsSpan(q, r - q);
    }

    /// <summary>10 to the power <paramref name="power"/>, exactly.</summary>
    public static decimal Pow10(int power)
    {
        decimal r = 1;
        for (int i = 0; i < power; i++) r *= 10;
        return r;
    }
}
