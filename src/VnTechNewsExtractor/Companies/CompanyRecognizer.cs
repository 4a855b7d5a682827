using VnTechNewsExtractor.Documents;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Companies;

/// <summary>
/// Finds the business organisations of a document from several kinds of evidence: the gazetteer; a designator
/// before a name (công ty, tập đoàn, startup, quỹ, ngân hàng ...), with the legal form and sector words of a
/// registered name between them ("Công ty TNHH Thương mại TC"); an abbreviation in brackets after a company
/// ("... Việt Thắng (OTC: VTF)"); the shape of a name (CamelCase, a final AI / Capital / Group ...); and a list
/// in which another member is a company ("Mistral, Figure và Humane"). People, places, products, shows and
/// government bodies are rejected; every later occurrence of a found name is a mention too.
/// </summary>
public sealed class CompanyRecognizer
{
    private readonly CompanyGazetteer _gazetteer;
    private readonly CompanyVocabulary _vocabulary = CompanyVocabulary.Default;
    private readonly NameChunker _chunker;

    /// <summary>Creates a recognizer over <paramref name="gazetteer"/> (the shipped one when null).</summary>
    public CompanyRecognizer(CompanyGazetteer? gazetteer = null)
    {
        _gazetteer = gazetteer ?? CompanyGazetteer.Default;
        _chunker = new NameChunker(_vocabulary, Lexicon.Default);
    }

    /// <summary>The company mentions of <paramref name="doc"/>, in reading order; needs its tokens.</summary>
    public IReadOnlyList<CompanyMention> Recognize(Document doc) => Recognize(doc, out _);

    /// <summary>The company mentions of <paramref name="doc"/>, and the people it names.</summary>
    internal IReadOnlyList<CompanyMention> Recognize(Document doc, out List<PersonMention> people)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var found = new List<CompanyMention>();
        AddGazetteerMentions(doc, found);
        var chunks = _chunker.Chunk(doc);
        people = FindPeople(doc, chunks, found);
        var personSpans = people.Select(p => p.Span).ToList();
        AddDesignatedNames(doc, chunks, people, found);
        personSpans = people.Select(p => p.Span).ToList();
        AddNameShapes(doc, chunks, personSpans, found);
        AddAppositives(doc, chunks, personSpans, found);
        AddCoordinated(doc, chunks, personSpans, found);
        AddBackendOrganisations(doc, personSpans, found);
        var links = new List<(string Key, TextSpan Code)>();
        AddBracketedAliases(doc, found, links);
        AddRepeats(doc, found, personSpans);
        var mentions = MergeLinkedKeys(Resolve(found, personSpans), links);
        doc.NameCandidates = Candidates(doc, chunks, mentions, personSpans);
        return mentions;
    }

    /// <summary>Names no rule claimed: Latin-script names ("Hanwha") and runs of two or more capitalised syllables.</summary>
    private List<CompanyMention> Candidates(Document doc, List<NameChunk> chunks, List<CompanyMention> mentions, List<TextSpan> people)
    {
        var candidates = new List<CompanyMention>();
        foreach (var chunk in chunks)
        {
            if (TrimName(doc, chunk) is not { } name || !Acceptable(doc, name)) continue;
            if (mentions.Any(m => m.Span.Overlaps(name.Span)) || people.Any(p => p.Overlaps(name.Span))) continue;
            if (!(IsLatin(doc.Text, name.Span) && name.End - name.Start >= 3) && name.Count < 2) continue;
            candidates.Add(Mention(doc, name, CompanyEvidence.Context));
        }
        return candidates;
    }

    private void AddGazetteerMentions(Document doc, List<CompanyMention> found)
    {
        var text = doc.Text;
        var match = doc.MatchText;
        // Most names do not occur in a given article. A name with a pair of adjacent characters the article never
        // has cannot occur, and is skipped without a search of the text (one search per name was this
        // recognizer's largest cost).
        Span<ulong> pairs = stackalloc ulong[PairBits / 64]; // zeroed: the project does not skip locals' initialisation
        for (int i = 0; i + 1 < match.Length; i++)
        {
            int bit = PairBit(match[i], match[i + 1]);
            pairs[bit >> 6] |= 1UL << bit;
        }
        foreach (var (surface, key, entry) in _gazetteer.Surfaces)
        {
            if (!HasAllPairs(key, pairs)) continue;
            int from = 0;
            while ((from = match.IndexOf(key, from, StringComparison.Ordinal)) >= 0)
            {
                int end = from + key.Length;
                // Case tells "Sea" from "sea", "Meta" from "meta": the first letter is written as the name writes it.
                bool cased = char.IsUpper(surface[0]) ? char.IsUpper(text[from]) : text[from] == surface[0];
                if (Bounded(text, from, end) && cased)
                    found.Add(new CompanyMention(new TextSpan(from, end), "g:" + entry.Name, entry.Name, CompanyEvidence.Gazetteer));
                from = end;
            }
        }
    }

    private const int PairBits = 4096;

    private static int PairBit(char a, char b) => (a * 31 ^ b) & (PairBits - 1);

    private static bool HasAllPairs(string key, ReadOnlySpan<ulong> pairs)
    {
        for (int i = 0; i + 1 < key.Length; i++)
        {
            int bit = PairBit(key[i], key[i + 1]);
            if ((pairs[bit >> 6] & (1UL << bit)) == 0) return false;
        }
        return true;
    }

    /// <summary>
    /// People: "Shark X"; a name after or beginning with a title (ông, bà, CEO, Tổng thống); a run of two to four
    /// Vietnamese syllables that starts with a family name. After a role ("CEO Luxstay Nguyễn Văn Dũng",
    /// "nhà sáng lập Uber Travis Kalanick") a run holds the company and then the person.
    /// </summary>
    private List<PersonMention> FindPeople(Document doc, List<NameChunk> chunks, List<CompanyMention> found)
    {
        var people = new List<PersonMention>();
        var match = doc.MatchText;
        var tokens = doc.Tokens;
        foreach (var chunk in chunks)
        {
            var firstWord = NameChunker.Lower(match, tokens[chunk.FirstToken]);
            if (firstWord == "shark" && chunk.Count >= 2 && NameChunker.Lower(match, tokens[chunk.FirstToken + 1]) != "tank")
            {
                people.Add(Person(doc, chunk));
                continue;
            }
            var lower = match[chunk.Start..chunk.End];
            if (_vocabulary.NotCompanies.Contains(lower) || _vocabulary.IsOnlyPlaces(lower)) continue;
            // A title written inside the run: "Ông Trần Minh Khoa", "CEO Sam Altman", "Tổng thống Mỹ Obama".
            var name = chunk;
            bool titled = EndsWithAny(match, chunk.Start, _vocabulary.PersonTitles) is not null;
            if (CompanyVocabulary.StartsWithAny(match, chunk.Start, _vocabulary.PersonTitles) is { } inner && SkipTokens(doc, chunk, chunk.Start + inner.Length) is { } rest)
            {
                name = rest;
                titled = true;
            }
            if (titled && IsRole(match, chunk.Start, name) && SplitOrganisationAndPerson(doc, name) is var (org, person))
            {
                if (Acceptable(doc, org, afterTitle: true) && !IsKnownExactly(found, org.Span)) found.Add(Mention(doc, org, CompanyEvidence.Role));
                people.Add(Person(doc, person));
                continue;
            }
            if (found.Any(m => m.Source == CompanyEvidence.Gazetteer && m.Span.Overlaps(name.Span))) continue;
            if (titled || LooksLikePersonName(doc, name))
                people.Add(Person(doc, TrimPlaces(doc, name)));
        }
        return people;
    }

    private static PersonMention Person(Document doc, NameChunk chunk) => new(chunk.Span, doc.Text[chunk.Start..chunk.End]);

    /// <summary>True for a role title (CEO, nhà sáng lập, ông chủ) before or at the start of the run, as opposed to ông / bà.</summary>
    private static bool IsRole(string match, int chunkStart, NameChunk name)
    {
        ReadOnlySpan<string> roles = ["ceo", "founder", "co-founder", "nhà sáng lập", "đồng sáng lập", "nhà đồng sáng lập", "chủ tịch", "giám đốc", "tổng giám đốc", "ông chủ", "bà chủ", "cfo", "cto"];
        var before = match.AsSpan(0, name.Start).TrimEnd();
        foreach (var r in roles)
            if (before.EndsWith(r, StringComparison.Ordinal) && (before.Length == r.Length || !char.IsLetter(before[^(r.Length + 1)]))) return true;
        return false;
    }

    /// <summary>"Luxstay Nguyễn Văn Dũng" → ("Luxstay", "Nguyễn Văn Dũng"); "Uber Travis Kalanick" → ("Uber", "Travis Kalanick").</summary>
    private (NameChunk Org, NameChunk Person)? SplitOrganisationAndPerson(Document doc, NameChunk name)
    {
        if (name.Count < 3) return null;
        var tokens = doc.Tokens;
        int split = -1;
        for (int t = name.FirstToken + 1; t < name.FirstToken + name.Count - 1 && split < 0; t++)
            if (_vocabulary.Surnames.Contains(NameChunker.Lower(doc.MatchText, tokens[t]))) split = t;
        if (split < 0 && IsLatin(doc.Text, name.Span)) split = name.FirstToken + name.Count - 2; // a Western name: first and last
        if (split <= name.FirstToken) return null;
        var org = new NameChunk(name.FirstToken, split - name.FirstToken, name.Start, tokens[split - 1].End);
        var person = new NameChunk(split, name.FirstToken + name.Count - split, tokens[split].Start, name.End);
        return (org, person);
    }

    /// <summary>The part of <paramref name="chunk"/> from the first token at or after <paramref name="pos"/>, or null.</summary>
    private static NameChunk? SkipTokens(Document doc, NameChunk chunk, int pos)
    {
        var tokens = doc.Tokens;
        for (int t = chunk.FirstToken; t < chunk.FirstToken + chunk.Count; t++)
            if (tokens[t].Start >= pos) return new NameChunk(t, chunk.FirstToken + chunk.Count - t, tokens[t].Start, chunk.End);
        return null;
    }

    /// <summary>Drops places at the start of a run: "Mỹ Obama" → "Obama".</summary>
    private NameChunk TrimPlaces(Document doc, NameChunk chunk)
    {
        var tokens = doc.Tokens;
        for (int t = chunk.FirstToken + 1; t < chunk.FirstToken + chunk.Count; t++)
        {
            if (_vocabulary.IsOnlyPlaces(doc.MatchText[chunk.Start..tokens[t - 1].End]))
                return new NameChunk(t, chunk.FirstToken + chunk.Count - t, tokens[t].Start, chunk.End);
        }
        return chunk;
    }

    private static bool IsKnownExactly(List<CompanyMention> found, TextSpan span) => found.Any(m => m.Span == span);

    /// <summary>
    /// Reads forward from every designator: legal forms (cổ phần, TNHH), then the sector words of a registered name
    /// (đầu tư, thương mại ...), then its proper part, a capitalised run ("Công ty TNHH Thương mại TC" → "Thương mại TC",
    /// proper part "TC"). A registered name whose proper part is only a place is a name as a whole
    /// ("Kiểm toán và thẩm định giá Việt Nam"). Up to three other lower-case words may stand between the designator and
    /// the name ("startup AI Anthropic", "công ty khởi nghiệp Ami").
    /// </summary>
    private void AddDesignatedNames(Document doc, List<NameChunk> chunks, List<PersonMention> people, List<CompanyMention> found)
    {
        var match = doc.MatchText;
        var taken = new HashSet<int>(); // designators are longest first: "quỹ đầu tư" is read, not "quỹ" inside it
        foreach (var d in _vocabulary.Designators)
        {
            int from = 0;
            while ((from = match.IndexOf(d, from, StringComparison.Ordinal)) >= 0)
            {
                int start = from;
                int end = from + d.Length;
                bool bounded = Bounded(match, from, end);
                from = end;
                if (!bounded || !taken.Add(start)) continue;
                bool legal = d is "công ty" or "ctcp" or "tổng công ty" or "công ty cổ phần" or "công ty tnhh" or "công ty con" or "công ty mẹ";
                if (ParseRegisteredName(doc, chunks, end, legal) is not { } parsed) continue;
                var (full, proper) = parsed;
                if (people.Any(p => p.Span.Overlaps(proper.Span))) continue;
                if (LooksLikePersonName(doc, proper) && proper.Count >= 3)
                {
                    // "startup Lê Nguyễn Khánh Trình": on Shark Tank the founder is called the startup.
                    people.Add(new PersonMention(proper.Span, doc.Text[proper.Start..proper.End]));
                    continue;
                }
                var mention = Mention(doc, proper, CompanyEvidence.Designator);
                found.Add(mention with { Span = full.Span });
            }
        }
    }

    /// <remarks>
    /// Lower-case sector words belong to the name only in a legal name ("công ty TNHH thương mại TC"); after "hãng",
    /// "tập đoàn", "quỹ" they describe it ("hãng phần mềm Úc Kangaroo Code" is "Kangaroo Code").
    /// </remarks>
    private (NameChunk Full, NameChunk Proper)? ParseRegisteredName(Document doc, List<NameChunk> chunks, int pos, bool legal)
    {
        var match = doc.MatchText;
        pos = SkipSpaces(match, pos);
        while (CompanyVocabulary.StartsWithAny(match, pos, _vocabulary.LegalForms) is { } form)
        {
            pos = SkipSpaces(match, pos + form.Length);
            legal = true;
        }
        int sectorStart = pos;
        bool sectors = false;
        // A designator inside a registered name is capitalised: "Công ty TNHH Hãng kiểm toán ... ATC".
        while ((CompanyVocabulary.StartsWithAny(match, pos, _vocabulary.SectorWords) ?? (pos < doc.Text.Length && char.IsUpper(doc.Text[pos]) ? CompanyVocabulary.StartsWithAny(match, pos, _vocabulary.Designators) : null)) is { } w)
        {
            int next = SkipSpaces(match, pos + w.Length);
            if (next == pos + w.Length) break; // not followed by a space: the sentence ends here
            pos = next;
            sectors = true;
        }
        var chunk = ChunkAt(doc, chunks, pos);
        if (chunk is null && !sectors)
        {
            // A few other lower-case words before the name: "startup AI Anthropic", "công ty khởi nghiệp Ami".
            int p = pos;
            for (int words = 0; words < 3 && chunk is null; words++)
            {
                int w = p;
                while (w < match.Length && char.IsLetter(match[w])) w++;
                if (w == p || w >= match.Length || match[w] != ' ') return null;
                p = SkipSpaces(match, w);
                chunk = ChunkAt(doc, chunks, p);
            }
            sectorStart = p;
        }
        if (chunk is not { } c || TrimName(doc, c) is not { } proper) return null;
        bool described = sectors && !legal && !char.IsUpper(doc.Text[sectorStart]);
        bool placeBetween = proper.Start != c.Start; // "tập đoàn tài chính Hàn Quốc Hanwoo Financial"
        if (sectors && proper.Start != sectorStart && !described && !placeBetween)
        {
            var full = new NameChunk(proper.FirstToken, proper.Count, sectorStart, proper.End);
            var lower = match[proper.Start..proper.End];
            if (_vocabulary.IsOnlyPlaces(lower)) return (full, full);
            return Acceptable(doc, proper) ? (full, proper) : null;
        }
        return Acceptable(doc, proper) ? (proper, proper) : null;
    }

    /// <summary>The part of a name run that starts at <paramref name="pos"/>, or null when no run starts there.</summary>
    private static NameChunk? ChunkAt(Document doc, List<NameChunk> chunks, int pos)
    {
        var tokens = doc.Tokens;
        foreach (var c in chunks)
        {
            if (c.Start > pos) break;
            if (c.End <= pos) continue;
            for (int t = c.FirstToken; t < c.FirstToken + c.Count; t++)
            {
                if (tokens[t].Start == pos)
                    return new NameChunk(t, c.FirstToken + c.Count - t, pos, c.End);
            }
        }
        return null;
    }

    private bool LooksLikePersonName(Document doc, NameChunk chunk)
    {
        var tokens = doc.Tokens;
        return chunk.Count is >= 2 and <= 4 && _vocabulary.Surnames.Contains(NameChunker.Lower(doc.MatchText, tokens[chunk.FirstToken]))
            && Enumerable.Range(chunk.FirstToken, chunk.Count).All(t => tokens[t].Kind == TokenKind.Syllable);
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        return i;
    }

    private bool IsDesignated(Document doc, NameChunk chunk)
    {
        var match = doc.MatchText;
        int k = chunk.Start;
        for (int steps = 0; steps < 8; steps++)
        {
            if (EndsWithAny(match, k, _vocabulary.Designators) is not null) return true;
            var w = EndsWithAny(match, k, _vocabulary.LegalForms) ?? EndsWithAny(match, k, _vocabulary.SectorWords);
            if (w is null) return false;
            while (k > 0 && match[k - 1] == ' ') k--;
            k -= w.Length;
        }
        return false;
    }

    private void AddNameShapes(Document doc, List<NameChunk> chunks, List<TextSpan> people, List<CompanyMention> found)
    {
        var text = doc.Text;
        var tokens = doc.Tokens;
        foreach (var chunk in chunks)
        {
            if (TrimName(doc, chunk) is not { } name || people.Any(p => p.Overlaps(name.Span))) continue;
            bool camel = false;
            for (int t = name.FirstToken; t < name.FirstToken + name.Count; t++)
                camel |= IsCamelCase(text.AsSpan(tokens[t].Start, tokens[t].Length));
            var last = tokens[name.FirstToken + name.Count - 1];
            // "Essential AI", "Belt Road Capital", and Vietnamese brands with an English suffix: "Hải Âu Logistics".
            bool suffixed = name.Count >= 2 && _vocabulary.NameSuffixes.Contains(text.Substring(last.Start, last.Length))
                            && (IsLatin(text, name.Span) || last.Kind == TokenKind.LatinWord || IsLatin(text, new TextSpan(last.Start, last.End)));
            if ((camel || suffixed || IsSectorAndPlace(doc, name)) && Acceptable(doc, name))
                found.Add(Mention(doc, name, CompanyEvidence.NameShape));
        }
    }

    /// <summary>"Figure, startup đang …", "Monkey Junior - một ứng dụng dạy tiếng Anh": a designator in apposition names a company.</summary>
    private void AddAppositives(Document doc, List<NameChunk> chunks, List<TextSpan> people, List<CompanyMention> found)
    {
        var match = doc.MatchText;
        foreach (var chunk in chunks)
        {
            if (TrimName(doc, chunk) is not { } name || IsKnown(found, name.Span) || people.Any(p => p.Overlaps(name.Span))) continue;
            int i = SkipSpaces(match, name.End);
            if (i >= match.Length || match[i] is not (',' or '-' or '–')) continue;
            i = SkipSpaces(match, i + 1);
            foreach (var article in (ReadOnlySpan<string>)["một ", "là "])
                if (string.CompareOrdinal(match, i, article, 0, article.Length) == 0) i += article.Length;
            if (CompanyVocabulary.StartsWithAny(match, i, _vocabulary.Designators) is not null && Acceptable(doc, name))
                found.Add(Mention(doc, name, CompanyEvidence.NameShape));
        }
    }

    /// <summary>
    /// In a list where one member is a company, the other members are companies too. A list has a conjunction
    /// ("Mistral, Figure và Humane"), or three members, or is introduced by "như", "gồm", "là" ("các ông lớn như CGV,
    /// Starbucks"); a member may carry a bracketed remark ("Yeah1 (100 triệu USD), Sendo (51 triệu USD)").
    /// </summary>
    private void AddCoordinated(Document doc, List<NameChunk> allChunks, List<TextSpan> people, List<CompanyMention> found)
    {
        var match = doc.MatchText;
        var chunks = allChunks;
        int c = 0;
        while (c < chunks.Count)
        {
            int end = c;
            bool conjunction = false;
            // A list stays on one side of a bracket: "Yeah1 (100 triệu USD), Sendo …" skips the USD inside.
            bool inside = InsideBrackets(match, chunks[c].Start);
            int next = end + 1;
            while (next < chunks.Count)
            {
                if (InsideBrackets(match, chunks[next].Start) != inside) { next++; continue; }
                if (Separator(match, chunks[end].End, chunks[next].Start) is not { } sep) break;
                conjunction |= sep;
                end = next++;
            }
            var listed = chunks.GetRange(c, end - c + 1).Where(ch => InsideBrackets(match, ch.Start) == inside).ToList();
            int count = listed.Count;
            int introEnd = chunks[c].Start;
            while (introEnd > 0 && match[introEnd - 1] is ' ' or ':') introEnd--;
            bool introduced = EndsWithAny(match, introEnd, ["như", "gồm", "bao gồm", "là", "kể cả", "cùng với", "kể đến như"]) is not null;
            if (count > 1 && (conjunction || count >= 3 || introduced))
            {
                var members = listed.Select(ch => TrimName(doc, ch)).ToList();
                // "Vntrip, Luxstay, Atadi, Vleisure và …": a list of three or more one-word Latin names is a list of brands.
                bool brands = count >= 3 && (conjunction || count >= 4) && members.All(m => m is { } n && n.Count == 1 && IsLatin(doc.Text, n.Span) && Acceptable(doc, n));
                if (brands || members.Any(m => m is { } n && IsKnown(found, n.Span)))
                {
                    foreach (var m in members)
                    {
                        if (m is not { } n || IsKnown(found, n.Span) || people.Any(p => p.Overlaps(n.Span)) || !Acceptable(doc, n)) continue;
                        found.Add(Mention(doc, n, CompanyEvidence.NameShape));
                    }
                }
            }
            c = end + 1;
        }
    }

    /// <summary>
    /// Organisations labelled by an entity backend (VnCoreNLP's ORG) that no rule found: extra evidence, held to the
    /// rules' own checks so that it cannot add what they reject (places, government bodies, people, titles, lone
    /// designators). Only names that begin with a capital or a digit are taken.
    /// </summary>
    private void AddBackendOrganisations(Document doc, List<TextSpan> people, List<CompanyMention> found)
    {
        var tokens = doc.Tokens;
        foreach (var entity in doc.Entities)
        {
            if (entity.Label != EntityLabels.Organization || entity.End <= entity.Start) continue;
            int first = 0;
            while (first < tokens.Count && tokens[first].End <= entity.Start) first++;
            int last = first;
            while (last + 1 < tokens.Count && tokens[last + 1].Start < entity.End) last++;
            if (first >= tokens.Count || tokens[first].Start >= entity.End) continue;
            var chunk = new NameChunk(first, last - first + 1, tokens[first].Start, tokens[last].End);
            if (TrimName(doc, chunk) is not { } name || !char.IsUpper(doc.Text[name.Start]) && !char.IsDigit(doc.Text[name.Start])) continue;
            if (IsKnown(found, name.Span) || people.Any(p => p.Overlaps(name.Span)) || !Acceptable(doc, name)) continue;
            // The shape of a name: one Latin-script word that is not a Vietnamese word ("Lyft", not "Con"), or two or
            // more capitalised syllables; a lone Vietnamese syllable is mostly a sentence's first word ("Nó", "Số").
            bool oneWord = name.Count == 1 && IsLatin(doc.Text, name.Span) && name.End - name.Start >= 3 && !Lexicon.Default.ContainsSyllable(doc.MatchText[name.Start..name.End]);
            if (!oneWord && (name.Count < 2 || !AllCapitalised(doc, name))) continue;
            if (LooksLikePersonName(doc, name)) continue;
            found.Add(Mention(doc, name, CompanyEvidence.Backend));
        }
    }

    private static bool AllCapitalised(Document doc, NameChunk name)
    {
        for (int t = name.FirstToken; t < name.FirstToken + name.Count; t++)
            if (!char.IsUpper(doc.Text[doc.Tokens[t].Start]) && !char.IsDigit(doc.Text[doc.Tokens[t].Start])) return false;
        return true;
    }

    /// <summary>null when the gap is not a list separator; true for a conjunction, false for a comma.</summary>
    private static bool? Separator(string match, int end, int start)
    {
        var between = match.AsSpan(end, start - end).Trim();
        if (between.Length > 0 && between[0] == '(')
        {
            int close = between.IndexOf(')');
            if (close < 0 || close > 160) return null;
            between = between[(close + 1)..].Trim();
        }
        if (between is ",") return false;
        if (between is "và" or "hoặc" or ", và" or ", hoặc" or "&") return true;
        return null;
    }

    private static bool InsideBrackets(string match, int pos)
    {
        int from = Math.Max(0, pos - 160);
        var before = match.AsSpan(from, pos - from);
        return before.LastIndexOf('(') > before.LastIndexOf(')');
    }

    private static bool IsKnown(List<CompanyMention> found, TextSpan span) => found.Any(m => m.Span.Overlaps(span));

    /// <summary>
    /// "Việt Thắng (OTC: VTF)", "Vingroup (HoSE: VIC)", "Masan Beverage (MB)", "... Việt Nam (Vinaconex - mã chứng khoán VCG)",
    /// "ngân hàng TMCP Đầu tư và phát triển Việt Nam - BIDV": the code or short name after a company is the same company.
    /// </summary>
    private void AddBracketedAliases(Document doc, List<CompanyMention> found, List<(string Key, TextSpan Code)> links)
    {
        var text = doc.Text;
        foreach (var m in found.ToList())
        {
            // "A - B" mostly pairs two companies ("thỏa thuận Amazon - Anthropic"); only a registered name takes a dashed code.
            if (AliasAfter(text, m.Span.End, allowDash: m.Source == CompanyEvidence.Designator) is not { } code) continue;
            found.Add(m with { Span = code, Source = CompanyEvidence.Repeat });
            links.Add((m.Key, code));
        }
    }

    private static TextSpan? AliasAfter(string text, int end, bool allowDash)
    {
        int i = end;
        if (i + 3 >= text.Length || text[i] != ' ') return null;
        int start, stop;
        if (text[i + 1] == '(')
        {
            int close = text.IndexOf(')', i + 2);
            if (close < 0 || close - i > 60) return null;
            start = i + 2;
            stop = close;
            var inside = text.AsSpan(start, stop - start);
            int colon = inside.IndexOf(':');
            if (colon >= 0 && colon < 12) start += colon + 1; // "OTC: VTF", "HoSE: VIC"
            int cut = text.AsSpan(start, stop - start).IndexOfAny(",;");
            int dash = text.AsSpan(start, stop - start).IndexOf(" - ");
            if (dash >= 0 && (cut < 0 || dash < cut)) cut = dash;
            if (cut >= 0) stop = start + cut;
        }
        else if (allowDash && text[i + 1] is '-' or '–' && text[i + 2] == ' ')
        {
            start = i + 3;
            stop = start;
            while (stop < text.Length && (char.IsLetterOrDigit(text[stop]) || text[stop] is '-' or '&')) stop++;
            if (stop < text.Length && !char.IsWhiteSpace(text[stop]) && !char.IsPunctuation(text[stop])) return null;
        }
        else return null;
        while (start < stop && text[start] == ' ') start++;
        while (stop > start && text[stop - 1] == ' ') stop--;
        var alias = text.AsSpan(start, stop - start);
        if (alias.Length is < 2 or > 16 || !(IsCode(alias) || IsLatinName(alias))) return null;
        return new TextSpan(start, stop);
    }

    /// <summary>"Vinaconex": one capitalised Latin word.</summary>
    private static bool IsLatinName(ReadOnlySpan<char> s)
    {
        if (s.Length < 3 || !char.IsUpper(s[0])) return false;
        foreach (var c in s) if (c > 0x7F || !char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// A bracketed code that is itself a known company ("Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)") makes the
    /// name before it that company: both keys become one, the gazetteer's when there is one.
    /// </summary>
    private static List<CompanyMention> MergeLinkedKeys(List<CompanyMention> mentions, List<(string Key, TextSpan Code)> links)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, code) in links)
        {
            var at = mentions.FirstOrDefault(m => m.Span == code);
            if (at is null || at.Key == key) continue;
            if (key.StartsWith("g:", StringComparison.Ordinal) && at.Key.StartsWith("g:", StringComparison.Ordinal)) continue; // two known companies stay two
            var (keep, drop) = key.StartsWith("g:", StringComparison.Ordinal) ? (key, at.Key) : (at.Key, key);
            map.TryAdd(drop, keep);
        }
        if (map.Count == 0) return mentions;
        string Resolve(string k)
        {
            for (int i = 0; i < 8 && map.TryGetValue(k, out var next); i++) k = next;
            return k;
        }
        var names = mentions.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        return mentions.Select(m => Resolve(m.Key) is var k && k != m.Key ? m with { Key = k, Name = names.GetValueOrDefault(k, m.Name) } : m).ToList();
    }

    private static bool IsCode(ReadOnlySpan<char> s)
    {
        int upper = 0;
        foreach (var c in s)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '&' or '.')) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 2;
    }

    private void AddRepeats(Document doc, List<CompanyMention> found, List<TextSpan> people)
    {
        var text = doc.Text;
        var names = found.Where(m => m.Source != CompanyEvidence.Gazetteer)
            .Select(m => (Surface: text[m.Span.Start..m.Span.End], m.Key, m.Name)).Distinct().ToList();
        // The proper part of a registered name is how the article refers to it afterwards.
        foreach (var m in found.Where(m => m.Source == CompanyEvidence.Designator).ToList())
        {
            var chunkText = text[m.Span.Start..m.Span.End];
            var proper = ProperPart(chunkText);
            if (proper is not null && proper != chunkText) names.Add((proper, m.Key, m.Name));
        }
        foreach (var (surface, key, canonical) in names.Distinct())
        {
            if (surface.Length < 2) continue;
            int from = 0;
            while ((from = text.IndexOf(surface, from, StringComparison.Ordinal)) >= 0)
            {
                int end = from + surface.Length;
                var span = new TextSpan(from, end);
                if (Bounded(text, from, end) && !people.Any(p => p.Overlaps(span)))
                    found.Add(new CompanyMention(span, key, canonical, CompanyEvidence.Repeat));
                from = end;
            }
        }
    }

    /// <summary>The trailing run of capitalised words of a registered name ("thương mại TC" → "TC").</summary>
    private static string? ProperPart(string name)
    {
        var words = name.Split(' ');
        int i = words.Length;
        while (i > 0 && words[i - 1].Length > 0 && (char.IsUpper(words[i - 1][0]) || words[i - 1].Any(char.IsUpper))) i--;
        if (i == words.Length) return null;
        if (i == 0) return null; // the whole name is capitalised: no shorter form implied
        return string.Join(' ', words[i..]);
    }

    /// <summary>
    /// Drops what is not the name from the start of a run: designators and legal forms ("Startup Lumi Pay",
    /// "Tập đoàn Vingroup"), generic words and places ("AI Anthropic", "Mỹ Uber").
    /// </summary>
    private NameChunk? TrimName(Document doc, NameChunk chunk)
    {
        var match = doc.MatchText;
        var tokens = doc.Tokens;
        int first = chunk.FirstToken, last = chunk.FirstToken + chunk.Count - 1;
        bool changed = true;
        while (changed && first < last)
        {
            changed = false;
            var prefix = CompanyVocabulary.StartsWithAny(match, tokens[first].Start, _vocabulary.Designators) ?? CompanyVocabulary.StartsWithAny(match, tokens[first].Start, _vocabulary.LegalForms);
            if (prefix is not null)
            {
                int end = tokens[first].Start + prefix.Length;
                int t = first;
                while (t <= last && tokens[t].End <= end) t++;
                if (t <= last) { first = t; changed = true; continue; }
            }
            var word = NameChunker.Lower(match, tokens[first]);
            if (_vocabulary.NotCompanies.Contains(word) && !_vocabulary.Places.Contains(word))
            {
                first++;
                changed = true;
            }
        }
        // A place before the name ("Mỹ Uber"), unless the whole run is a place ("Việt Nam").
        if (!_vocabulary.IsOnlyPlaces(match[tokens[first].Start..tokens[last].End]))
        {
            for (int t = last; t > first; t--)
            {
                if (_vocabulary.IsOnlyPlaces(match[tokens[first].Start..tokens[t - 1].End]))
                {
                    first = t;
                    break;
                }
            }
        }
        return new NameChunk(first, last - first + 1, tokens[first].Start, tokens[last].End);
    }

    private bool Acceptable(Document doc, NameChunk name, bool afterTitle = false)
    {
        var match = doc.MatchText;
        if (_vocabulary.IsNeverAName(match.Substring(name.Start, name.End - name.Start))) return false;
        return afterTitle || EndsWithAny(match, name.Start, _vocabulary.PersonTitles) is null;
    }

    /// <summary>The word of <paramref name="words"/> that ends right before <paramref name="end"/> (spaces skipped), or null.</summary>
    private static string? EndsWithAny(string match, int end, string[] words)
    {
        int k = end;
        while (k > 0 && match[k - 1] == ' ') k--;
        foreach (var w in words)
        {
            int s = k - w.Length;
            if (s >= 0 && string.CompareOrdinal(match, s, w, 0, w.Length) == 0 && (s == 0 || !char.IsLetterOrDigit(match[s - 1])))
                return w;
        }
        return null;
    }

    private CompanyMention Mention(Document doc, NameChunk name, CompanyEvidence evidence)
    {
        var surface = doc.Text[name.Start..name.End];
        var entry = _gazetteer.Find(surface);
        return entry is not null
            ? new CompanyMention(name.Span, "g:" + entry.Name, entry.Name, evidence)
            : new CompanyMention(name.Span, "n:" + TextNormalizer.ForMatching(surface), surface, evidence);
    }

    private static bool Bounded(string text, int from, int end) =>
        (from == 0 || !char.IsLetterOrDigit(text[from - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));

    /// <summary>CamelCase and mixed case: OpenAI, PitchBook, VTVcab (not Title case, not ALL CAPS).</summary>
    private static bool IsCamelCase(ReadOnlySpan<char> s)
    {
        int upper = 0, lower = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (i > 0 && char.IsUpper(s[i]) && char.IsLower(s[i - 1])) return true;
            if (char.IsUpper(s[i])) upper++;
            else if (char.IsLower(s[i])) lower++;
        }
        return upper >= 2 && lower >= 2 && char.IsUpper(s[0]) && char.IsUpper(s[1]);
    }

    /// <summary>"Cảng Hải Phòng", "Điện lực Hà Nội": a capitalised sector word and a place name a company.</summary>
    private bool IsSectorAndPlace(Document doc, NameChunk name)
    {
        var match = doc.MatchText;
        if (!char.IsUpper(doc.Text[name.Start]) || CompanyVocabulary.StartsWithAny(match, name.Start, _vocabulary.SectorWords) is not { } sector) return false;
        int rest = SkipSpaces(match, name.Start + sector.Length);
        return rest < name.End && rest > name.Start + sector.Length && _vocabulary.IsOnlyPlaces(match[rest..name.End]);
    }

    private static bool IsLatin(string text, TextSpan span)
    {
        foreach (var c in text.AsSpan(span.Start, span.Length))
            if (c > 0x7F) return false;
        return true;
    }

    /// <summary>Of two mentions of one span, the one whose evidence says more is kept (a backend's label over a repeat).</summary>
    private static int Strength(CompanyEvidence evidence) => evidence switch
    {
        CompanyEvidence.Gazetteer => 0,
        CompanyEvidence.Designator => 1,
        CompanyEvidence.Backend => 2,
        CompanyEvidence.Role => 3,
        CompanyEvidence.NameShape => 4,
        CompanyEvidence.Repeat => 5,
        _ => 6,
    };

    /// <summary>Keeps the longest of overlapping mentions (people win over weak evidence) and orders them by position.</summary>
    private static List<CompanyMention> Resolve(List<CompanyMention> found, List<TextSpan> people)
    {
        var ordered = found
            .Where(m => m.Source is CompanyEvidence.Gazetteer or CompanyEvidence.Designator || !people.Any(p => p.Overlaps(m.Span)))
            .OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length).ThenBy(m => Strength(m.Source)).ToList();
        var kept = new List<CompanyMention>(ordered.Count);
        foreach (var m in ordered)
        {
            if (kept.Count > 0 && kept[^1].Span.Overlaps(m.Span))
            {
                if (m.Span.Length > kept[^1].Span.Length) kept[^1] = m;
                continue;
            }
            kept.Add(m);
        }
        return kept;
    }
}
