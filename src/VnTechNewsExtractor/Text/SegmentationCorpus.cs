using System.Text;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// Reads word-segmented corpora in the VLSP / RDRsegmenter form (one sentence a line, the syllables of a word
/// joined by '_', words separated by spaces), splits them into a training and a held-out part, and scores a
/// segmenter on them.
/// </summary>
public static class SegmentationCorpus
{
    /// <summary>One line in this many is held out: the lines whose 0-based index leaves this remainder.</summary>
    public const int HeldOutEvery = 10;

    /// <summary>
    /// True when the non-empty line at 0-based position <paramref name="index"/> (counting non-empty lines only)
    /// belongs to the held-out part: every tenth line (indices 9, 19, 29...). Deterministic, and spread over the
    /// whole file so that every source article contributes to both parts.
    /// </summary>
    public static bool IsHeldOut(int index) => index % HeldOutEvery == HeldOutEvery - 1;

    /// <summary>The non-empty lines of a corpus split into the training part and the held-out part.</summary>
    public static (List<string> Training, List<string> HeldOut) Split(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var training = new List<string>();
        var heldOut = new List<string>();
        int index = 0;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            (IsHeldOut(index++) ? heldOut : training).Add(line);
        }
        return (training, heldOut);
    }

    /// <summary>Parses one segmented line into its plain text and gold word spans.</summary>
    public static GoldSentence Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var sb = new StringBuilder(line.Length);
        var words = new List<TextSpan>();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (sb.Length > 0) sb.Append(' ');
            int start = sb.Length;
            sb.Append(word).Replace('_', ' ', start, word.Length);
            // A lone "_" is a token of its own, not a joint.
            if (word.Trim('_').Length == 0) sb.Replace(' ', '_', start, word.Length);
            words.Add(new TextSpan(start, sb.Length));
        }
        return new GoldSentence(sb.ToString(), words);
    }

    /// <summary>Scores <paramref name="segmenter"/> (after <see cref="Tokenizer"/>) on segmented lines.</summary>
    public static SegmentationScore Evaluate(IWordSegmenter segmenter, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(lines);
        int gold = 0, predicted = 0, correct = 0, sentences = 0;
        var goldSpans = new HashSet<TextSpan>();
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var sentence = Parse(line);
            var words = segmenter.Segment(sentence.Text, Tokenizer.Tokenize(sentence.Text));
            goldSpans.Clear();
            goldSpans.UnionWith(sentence.Words);
            gold += sentence.Words.Count;
            predicted += words.Count;
            foreach (var w in words)
                if (goldSpans.Contains(new TextSpan(w.Start, w.End))) correct++;
            sentences++;
        }
        return new SegmentationScore(gold, predicted, correct, sentences);
    }
}
