using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Money;

/// <summary>
/// Finds the spans of money amounts in a match text with a hand-written, forward-only scanner: at each word start
/// it tries, in order, qualifiers, a range opener, a vague amount and an amount (currency before or after the
/// number), then a range end and qualifiers after. The parser resolves the values.
/// </summary>
internal sealed class MoneyExtractor(MoneyLexicon lexicon)
{
    private const int MaxQualifiers = 3;

    private readonly NumberReader _numbers = new(lexicon);

    /// <summary>
    /// Candidates in <paramref name="matchText"/> (the <see cref="TextNormalizer.ForMatching"/> form of the text),
    /// including bare amounts ("15 tỷ") whose currency the article must supply.
    /// </summary>
    /// <param name="matchText">The matching form of the text.</param>
    /// <param name="text">The text itself, as long, when known: its capitals tell a programme's name ("Thương vụ bạc tỷ") from the phrase.</param>
    public List<MoneyCandidate> Extract(string matchText, string? text = null)
    {
        var found = new List<MoneyCandidate>();
        string s = matchText;
        int headlineEnd = HeadlineEnd(s);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == ' ' || c == '\n')
            {
                i++;
                continue;
            }
            if (IsLetter(c))
            {
                // One pass over the word both tests whether it can open an amount and finds where it ends.
                int j = i + 1;
                while (j < s.Length && IsLetter(s[j])) j++;
                if (!lexicon.StartWords.Contains(s.AsSpan(i, j - i)))
                {
                    i = SkipToken(s, j);
                    continue;
                }
            }
            else if (!char.IsAsciiDigit(c) && !lexicon.StartSigns.Contains(c))
            {
                i++;
                continue;
            }
            if (lexicon.NotMoney.TryMatch(s, i, out _, out var nameEnd) && IsName(text, i))
            {
                i = nameEnd;
                continue;
            }
            if (TryAt(s, i, i < headlineEnd, out var candidate))
            {
                found.Add(candidate);
                i = candidate.End;
                continue;
            }
            i = SkipToken(s, i);
        }
        return found;
    }

    /// <summary>
    /// Where the headline ends: the first line of an article's text, when more follows and it is headline-sized. An
    /// article's title is its first line (the record's text starts with it); a single line is no article.
    /// </summary>
    private static int HeadlineEnd(string s)
    {
        int newline = s.IndexOf('\n');
        return newline is > 0 and <= MaxHeadline ? newline : 0;
    }

    private const int MaxHeadline = 250;

    /// <summary>
    /// Whether the phrase at <paramref name="i"/> of not-money.tsv is the name: written with a capital ("Thương vụ bạc
    /// tỷ", the programme) rather than in lower case ("những thương vụ bạc tỷ", a vague sum); true when the text's
    /// letters are unknown.
    /// </summary>
    private static bool IsName(string? text, int i) => text is null || text.Length <= i || char.IsUpper(text[i]);

    /// <summary>char.IsLetter with a fast path for ASCII, which most characters of news text are.</summary>
    internal static bool IsLetter(char c) => c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    /// <summary>The position after the word, number or sign at <paramref name="i"/>, so a failed start is never retried inside a token.</summary>
    private static int SkipToken(string s, int i)
    {
        if (i >= s.Length) return i;
        if (IsLetter(s[i]) || (i > 0 && IsLetter(s[i - 1])))
        {
            // A sign glued to a word ("US$" then no figure) is skipped by one: the loop must always move on.
            int from = i;
            while (i < s.Length && (IsLetter(s[i]) || char.IsAsciiDigit(s[i]))) i++;
            return i > from ? i : from + 1;
        }
        if (char.IsAsciiDigit(s[i]))
        {
            while (i < s.Length && (char.IsLetterOrDigit(s[i]) || ((s[i] == '.' || s[i] == ',') && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1])))) i++;
            return i;
        }
        return i + 1;
    }

    /// <param name="s">The match text.</param>
    /// <param name="start">Where the candidate would start.</param>
    /// <param name="inHeadline">The start is in the article's headline, which writes "Thu về 200 tỷ nhờ ..." for đồng.</param>
    /// <param name="candidate">The candidate found.</param>
    private bool TryAt(string s, int start, bool inHeadline, out MoneyCandidate candidate)
    {
        candidate = default;
        var flags = AmountFlags.None;
        int p = start;
        // "khoảng chừng", "tầm khoảng": a few qualifiers may stack; bounding them keeps "hơn hơn hơn ..." linear
        for (int n = 0; n < MaxQualifiers && lexicon.QualifiersBefore.TryMatch(s, p, out var flag, out var qEnd); n++)
        {
            int next = NumberReader.SkipSpaces(s, qEnd);
            if (next == qEnd) break;
            flags |= flag;
            p = next;
        }

        KeywordRole? opener = null;
        int afterOpener = p;
        if (lexicon.Keywords.TryMatch(s, p, out var role, out var kEnd) && role is KeywordRole.From or KeywordRole.Between)
        {
            int next = NumberReader.SkipSpaces(s, kEnd);
            if (next > kEnd)
            {
                opener = role;
                afterOpener = next;
            }
        }

        if (TryVague(s, afterOpener, out var vagueEnd, out var vagueCurrency))
        {
            vagueEnd = AfterQualifiers(s, vagueEnd, ref flags);
            candidate = new MoneyCandidate(start, vagueEnd, flags, default, null, true, vagueCurrency) { Per = Period(s, vagueEnd) };
            return vagueCurrency is not null || BareContext(s, vagueEnd, lenient: false) == Bare.Money;
        }

        if (!TryAmount(s, afterOpener, out var lower))
        {
            return false;
        }

        AmountPart? upper = null;
        int q = NumberReader.SkipSpaces(s, lower.End);
        if (lexicon.Keywords.TryMatch(s, q, out var joiner, out var jEnd)
            && (opener == KeywordRole.Between ? joiner == KeywordRole.And : joiner == KeywordRole.To))
        {
            int r = NumberReader.SkipSpaces(s, jEnd);
            if ((r > jEnd || s[q] == '-') && TryAmount(s, r, out var up) && IsRange(lower, up)) upper = up;
        }

        int end = upper?.End ?? lower.End;
        var afterFlags = AmountFlags.None;
        end = AfterQualifiers(s, end, ref afterFlags);
        flags |= afterFlags;
        // "tăng từ 5 tỷ đồng lên 7 tỷ đồng": a "từ" that opens no range or bound belongs to the verb, not the amount
        int spanStart = opener is not null && upper is null && afterFlags == AmountFlags.None && p == start ? afterOpener : start;
        candidate = new MoneyCandidate(spanStart, end, flags, lower, upper, false, null) { Per = Period(s, end) };
        if (candidate.Currency is not null) return true;
        var top = upper?.Number ?? lower.Number;
        if (top.TopPower < 6) return false;
        // A headline drops "đồng" after "tỷ" whatever follows ("Chi 225 tỷ gom cổ phiếu"), and a figure of two
        // magnitudes ("1 tỷ 200 triệu") is a price, not a count: a following word makes either a count only when it
        // is a count noun ("1 tỷ lượt xem", "1 tỷ 400 triệu người").
        bool compound = upper is null && lower.Number.TopPower > lower.Number.LowestPower && lower.Number.LowestPower >= 6;
        var bare = BareContext(s, end, lenient: compound || (inHeadline && top.TopPower >= 9));
        candidate = candidate with { NeedsLink = bare == Bare.IfLinked };
        return bare != Bare.No;
    }

    private int AfterQualifiers(string s, int end, ref AmountFlags flags)
    {
        int q = NumberReader.SkipSpaces(s, end);
        if (q > end && lexicon.QualifiersAfter.TryMatch(s, q, out var flag, out var qEnd))
        {
            flags |= flag;
            return qEnd;
        }
        return end;
    }

    /// <summary>A range needs its ends to agree: one currency (or the upper end's), and a larger upper end.</summary>
    private static bool IsRange(AmountPart lower, AmountPart upper)
    {
        if (lower.Currency is not null && upper.Currency is not null && lower.Currency != upper.Currency) return false;
        if (lower.Currency is not null && upper.Currency is null) return false;
        if (lower.Currency is null && upper.Currency is null && !upper.Number.HasMagnitude) return false;
        return MoneyParser.Value(lower, upper) < MoneyParser.Value(upper, null);
    }

    /// <summary>"hàng tỷ USD", "vài trăm triệu đồng", "bạc tỷ", "tỷ đô": a magnitude with no figure.</summary>
    private bool TryVague(string s, int p, out int end, out string? currency)
    {
        end = p;
        currency = null;
        int q = p;
        bool head = false;
        if (lexicon.Vague.TryMatch(s, p, out var word, out var vEnd))
        {
            q = NumberReader.SkipSpaces(s, vEnd);
            if (q == vEnd) return false;
            head = true;
            currency = word.Currency;
        }
        int top = 0, magEnd = -1, lowest = int.MaxValue;
        // Each magnitude must be smaller than the one before ("hàng chục nghìn tỷ": "nghìn tỷ" is one magnitude),
        // which bounds the loop, so "nghìn nghìn nghìn ..." costs linear time.
        while (_numbers.TryMagnitude(s, q, out var power, out var mEnd) && power < lowest)
        {
            lowest = power;
            top = Math.Max(top, power);
            magEnd = mEnd;
            int next = NumberReader.SkipSpaces(s, mEnd);
            if (next == mEnd) break;
            q = next;
        }
        if (magEnd < 0) return false;
        end = magEnd;
        int c = NumberReader.SkipSpaces(s, magEnd);
        if (TryCurrencyAfter(s, c, scaled: true, out var word2, out var cEnd) && !word2.Position.HasFlag(CurrencyPosition.Minor))
        {
            currency = word2.Code;
            end = cEnd;
            return head || top >= 6;
        }
        // Without a head or a currency only "nghìn tỷ" standing alone reads as a vague amount
        bool vague = head || (top >= 12 && !IsAfterNumber(s, p));
        // Thousands of billions with no currency named are always đồng ("doanh nghiệp nghìn tỷ", "hàng nghìn tỷ"):
        // no other currency is counted in such numbers, so an article about dollars does not lend them its currency.
        if (vague && currency is null && top >= 12) currency = MoneyLexicon.LocalCurrency;
        return vague;
    }

    private static bool IsAfterNumber(string s, int p)
    {
        int i = p - 1;
        while (i >= 0 && s[i] == ' ') i--;
        return i >= 0 && char.IsAsciiDigit(s[i]);
    }

    /// <summary>One end of an amount: a currency before the number, or the number and a currency after it (or none).</summary>
    private bool TryAmount(string s, int p, out AmountPart part)
    {
        part = default;
        if (p >= s.Length) return false;
        if (lexicon.Currencies.TryMatch(s, p, out var pre, out var preEnd) && pre.Position.HasFlag(CurrencyPosition.Before))
        {
            int q = preEnd;
            if (q < s.Length && s[q] == '.') q++;
            q = NumberReader.SkipSpaces(s, q);
            // A foreign sign before the number comes with foreign number style: "$1,299" is 1299, "VND 1.299" is 1299
            if (q < s.Length && char.IsAsciiDigit(s[q]) && _numbers.Read(s, q, preferEnglish: pre.Code != MoneyLexicon.LocalCurrency) is { } n)
            {
                part = new AmountPart(p, n.End, n, pre.Code, null, false);
                return true;
            }
            return false;
        }
        if (_numbers.Read(s, p, preferEnglish: false) is not { } number) return false;
        int c = NumberReader.SkipSpaces(s, number.End);
        if (TryCurrencyAfter(s, c, number.HasMagnitude, out var cur, out var curEnd))
        {
            if (cur.Position.HasFlag(CurrencyPosition.Minor))
            {
                part = new AmountPart(p, curEnd, number, cur.Code, null, true);
                return true;
            }
            part = new AmountPart(p, curEnd, number, cur.Code, null, false);
            if (!number.HasMagnitude && TryHalf(s, curEnd, out var halfEnd) && number.Value == decimal.Truncate(number.Value))
                part = part with { End = halfEnd, Minor = 50 }; // "hai đô rưỡi": two and a half dollars
            else if (!number.HasMagnitude && TryMinor(s, curEnd, out var minor, out var minorEnd)) part = part with { End = minorEnd, Minor = minor };
            return true;
        }
        // A number glued to letters that are no currency ("4g", "5m") is no amount
        if (number.End < s.Length && char.IsLetter(s[number.End])) return false;
        part = new AmountPart(p, number.End, number, null, null, false);
        return true;
    }

    /// <param name="s">The match text.</param>
    /// <param name="p">Where the currency word should start.</param>
    /// <param name="scaled">The number has a magnitude: "5 tỷ đồng" is money whatever follows, "3 đồng sáng lập" is not.</param>
    /// <param name="word">The currency word.</param>
    /// <param name="end">Where it ends.</param>
    private bool TryCurrencyAfter(string s, int p, bool scaled, out CurrencyWord word, out int end)
    {
        if (lexicon.Currencies.TryMatch(s, p, out word, out end)
            && (word.Position & (CurrencyPosition.After | CurrencyPosition.Minor)) != 0
            && (scaled || !lexicon.IsBlocked(word.Surface, s, end)))
        {
            return true;
        }
        return false;
    }

    /// <summary>"rưỡi" right after the currency word ("hai đô rưỡi", "ba đồng rưỡi"): half a unit more.</summary>
    private bool TryHalf(string s, int curEnd, out int end)
    {
        end = curEnd;
        int q = NumberReader.SkipSpaces(s, curEnd);
        if (q == curEnd || !lexicon.Numerals.TryMatch(s, q, out var half, out var halfEnd) || half.Kind != NumeralKind.Half) return false;
        end = halfEnd;
        return true;
    }

    /// <summary>
    /// What the amount ending at <paramref name="end"/> is counted per: "/năm", "/ tháng", "mỗi năm", "/cổ phiếu"
    /// (<c>periods.tsv</c>); null for a one-off amount. The words stay outside the amount's span.
    /// </summary>
    private string? Period(string s, int end)
    {
        int q = NumberReader.SkipSpaces(s, end);
        if (q >= s.Length) return null;
        if (s[q] == '/')
        {
            return lexicon.PeriodsAfterSlash.TryMatch(s, NumberReader.SkipSpaces(s, q + 1), out var unit, out _) ? unit : null;
        }
        return q > end && lexicon.Periods.TryMatch(s, q, out var per, out _) ? per : null;
    }

    /// <summary>"2 đô la và 23 xen", "2 đô 23 xu", "hai đô 23": hundredths after the main unit.</summary>
    private bool TryMinor(string s, int curEnd, out decimal minor, out int end)
    {
        minor = 0;
        end = curEnd;
        int q = NumberReader.SkipSpaces(s, curEnd);
        if (q == curEnd) return false;
        bool joined = false;
        if (lexicon.Keywords.TryMatch(s, q, out var role, out var kEnd) && role == KeywordRole.And)
        {
            int r = NumberReader.SkipSpaces(s, kEnd);
            if (r == kEnd) return false;
            q = r;
            joined = true;
        }
        if (_numbers.Read(s, q, preferEnglish: false) is not { } n || n.HasMagnitude || n.Value >= 100 || n.Value != decimal.Truncate(n.Value)) return false;
        int c = NumberReader.SkipSpaces(s, n.End);
        if (lexicon.Currencies.TryMatch(s, c, out var unit, out var unitEnd) && unit.Position.HasFlag(CurrencyPosition.Minor))
        {
            minor = n.Value;
            end = unitEnd;
            return true;
        }
        // Without a unit word the cents must end the phrase: "hai đô 23", never "10 USD 20 người"
        if (joined || (c < s.Length && char.IsLetterOrDigit(s[c]))) return false;
        minor = n.Value;
        end = n.End;
        return true;
    }

    /// <summary>
    /// After an amount with no currency word, punctuation, the end of the text or a word from
    /// bare-followers.tsv keeps it money ("lãi 6 tỷ / năm"); a link word ("lên", "xuống") leaves it to the amount
    /// after the link; a noun makes it a count ("6 triệu người").
    /// </summary>
    /// <param name="s">The match text.</param>
    /// <param name="end">Where the amount ends.</param>
    /// <param name="lenient">Any word but a count noun (<c>count-nouns.tsv</c>) keeps the amount money.</param>
    private Bare BareContext(string s, int end, bool lenient)
    {
        int q = NumberReader.SkipSpaces(s, end);
        if (q >= s.Length || !char.IsLetterOrDigit(s[q])) return Bare.Money;
        if (lexicon.Keywords.TryMatch(s, q, out var role, out _) && role is KeywordRole.Link or KeywordRole.To) return Bare.IfLinked;
        if (lenient && q > end) return lexicon.CountNouns.TryMatch(s, q, out _, out _) ? Bare.No : Bare.Money;
        var word = NumberReader.NextWord(s, end);
        return !word.IsEmpty && lexicon.BareFollowers.Contains(word.ToString()) ? Bare.Money : Bare.No;
    }

    /// <summary>Whether a bare amount reads as money.</summary>
    private enum Bare
    {
        No,
        Money,
        IfLinked,
    }

    /// <summary>True when only link words ("lên", "xuống còn", "đến") stand between <paramref name="from"/> and <paramref name="to"/>.</summary>
    public bool IsLink(string s, int from, int to)
    {
        int p = NumberReader.SkipSpaces(s, from);
        bool any = false;
        while (p < to && lexicon.Keywords.TryMatch(s, p, out var role, out var end) && role is KeywordRole.Link or KeywordRole.To && end <= to)
        {
            any = true;
            p = NumberReader.SkipSpaces(s, end);
        }
        return any && p == to;
    }
}
