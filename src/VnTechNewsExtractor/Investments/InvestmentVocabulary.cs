using System.Globalization;

namespace VnTechNewsExtractor.Investments;

/// <summary>The phrases the relation rules use, read from <c>Resources/investments/*.tsv</c>.</summary>
internal sealed class InvestmentVocabulary
{
    private InvestmentVocabulary()
    {
        Triggers = Rows("triggers.tsv")
            .Select(c => new Trigger(c[0], Enum.Parse<InvestmentKind>(c[1], ignoreCase: true), Enum.Parse<TriggerPattern>(c[2], ignoreCase: true), double.Parse(c[3], CultureInfo.InvariantCulture)))
            .OrderBy(t => t.Pattern == TriggerPattern.Cue).ThenByDescending(t => t.Phrase.Length).ToArray(); // a cue never hides a trigger
        PassiveVerbs = Rows("passive-verbs.tsv").Select(c => (c[0], Enum.Parse<InvestmentKind>(c[1], ignoreCase: true))).OrderByDescending(v => v.Item1.Length).ToArray();
        Anaphors = Rows("anaphors.tsv").Select(c => c[0]).OrderByDescending(a => a.Length).ToArray();
        ClauseBreaks = Rows("clause-breaks.tsv").Select(c => c[0]).ToArray();
        ObjectOpeners = Rows("object-openers.tsv").Select(c => c[0]).OrderByDescending(w => w.Length).ToArray();
        BlockedBefore = Rows("blocked-before.tsv").Select(c => c[0]).OrderByDescending(w => w.Length).ToArray();
        Rounds = Rows("round-words.tsv").Select(c => (c[0], c[1])).OrderByDescending(r => r.Item1.Length).ToArray();
        NotDealAmountBefore = Rows("not-deal-amounts.tsv").Select(c => c[0]).ToArray();
        PerUnitAfter = Rows("per-unit-amounts.tsv").Select(c => c[0]).OrderByDescending(w => w.Length).ToArray();
    }

    /// <summary>Words before an amount that make it a valuation, a result or a debt rather than a deal's amount.</summary>
    public string[] NotDealAmountBefore { get; }

    /// <summary>What after an amount makes it a price per unit or a rate.</summary>
    public string[] PerUnitAfter { get; }

    public static InvestmentVocabulary Default { get; } = new();

    public Trigger[] Triggers { get; }

    public (string Verb, InvestmentKind Kind)[] PassiveVerbs { get; }

    public string[] Anaphors { get; }

    public string[] ClauseBreaks { get; }

    public (string Phrase, string Round)[] Rounds { get; }

    /// <summary>Words that may open the object of a bare verb.</summary>
    public string[] ObjectOpeners { get; }

    /// <summary>Words before a trigger that cancel it.</summary>
    public string[] BlockedBefore { get; }

    private static IEnumerable<string[]> Rows(string name) => ResourceData.ReadLines("investments." + name).Select(l => l.Split('\t'));
}

/// <summary>A phrase that states an investment, with the shape of the clause around it.</summary>
/// <remarks>"…" in a phrase stands for up to six words ("nắm … cổ phần" matches "nắm 14% cổ phần").</remarks>
internal sealed record Trigger(string Phrase, InvestmentKind Kind, TriggerPattern Pattern, double Confidence)
{
    /// <summary>The parts of the phrase between gaps.</summary>
    public string[] Parts { get; } = Phrase.Split('…', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Where a trigger was found: from its first part's start to its last part's end.</summary>
internal readonly record struct TriggerMatch(Trigger Trigger, TextSpan Span)
{
    /// <summary>A use the hand rules set aside (a noun such as "nhà đầu tư", or after "hợp tác", "không"): kept only for a classifier to weigh.</summary>
    public bool SetAside { get; init; }

    public int At => Span.Start;

    public int End => Span.End;
}

/// <summary>Where investor and investee stand relative to a trigger.</summary>
internal enum TriggerPattern
{
    Forward,
    Reverse,
    Passive,
    Nominal,
    Sale,
    Backing,
    Terms,

    /// <summary>
    /// A word that often stands in a deal's sentence without stating one by itself ("cổ đông", "góp", "chi phối",
    /// "thương vụ"): no rule reads it; it only proposes the sentence's pairs to the classifier.
    /// </summary>
    Cue,
}
