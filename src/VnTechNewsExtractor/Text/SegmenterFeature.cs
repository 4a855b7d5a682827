namespace VnTechNewsExtractor.Text;

/// <summary>
/// The feature templates of the built-in segmenter's boundary classifier. Each feature describes the gap between
/// two adjacent word-like tokens A and B (P precedes A, N follows B). The names are written in the model file, so
/// renaming one invalidates trained weights.
/// </summary>
internal enum SegmenterFeature : byte
{
    /// <summary>Always on: the prior for joining.</summary>
    Bias,

    /// <summary>Syllable A.</summary>
    A,

    /// <summary>Syllable B.</summary>
    B,

    /// <summary>Syllables A B: learns the words of the training text.</summary>
    AB,

    /// <summary>Syllables P A.</summary>
    PA,

    /// <summary>Syllables B N.</summary>
    BN,

    /// <summary>Syllables P A B.</summary>
    PAB,

    /// <summary>Syllables A B N.</summary>
    ABN,

    /// <summary>Shapes of A and B (lower, Capitalised, Latin word, number...).</summary>
    ShapeAB,

    /// <summary>Shapes of P A B N.</summary>
    ShapePABN,

    /// <summary>For one lexicon: the longest word spanning the gap, ending at A, and starting at B (syllables, capped).</summary>
    Lexicon,

    /// <summary>Which lexicons hold A B as a word (one bit each), with the shapes of A and B.</summary>
    LexiconPair,

    /// <summary>Whether forward and backward longest matching over all lexicons join A and B.</summary>
    MaxMatch,

    /// <summary>
    /// Shapes of A and B with what all lexicons together say (longest word spanning the gap, ending at A, starting
    /// at B): a capitalised pair is a name when no word starts at B ("Xuân Phúc"), less so when one does ("Sữa Việt Nam").
    /// </summary>
    ShapeLexicon,

    /// <summary>
    /// Whether P and A start a person's name (family name, or the middle names Văn, Thị), with the shapes of A and B
    /// and whether a lexicon word starts at B: "Nguyễn Xuân Phúc" is one word.
    /// </summary>
    NameStart,
}
