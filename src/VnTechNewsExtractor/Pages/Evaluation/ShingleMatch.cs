namespace VnTechNewsExtractor.Pages.Evaluation;

/// <summary>
/// The article-extraction-benchmark's comparison of two texts: word 4-shingles counted as a multiset, true
/// positives / false positives / false negatives normalised to sum to 1 so that long pages weigh no more than
/// short ones. Tokens are runs of word characters, as Python's <c>\w+</c> finds them.
/// </summary>
/// <param name="TruePositives">Shared shingles (normalised).</param>
/// <param name="FalsePositives">Shingles only in the prediction (normalised).</param>
/// <param name="FalseNegatives">Shingles only in the truth (normalised).</param>
public readonly record struct ShingleMatch(double TruePositives, double FalsePositives, double FalseNegatives)
{
    /// <summary>Precision; 1 when both texts are empty, 0 when nothing was predicted.</summary>
    public double Precision => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives == 0 && FalsePositives == 0 ? 0 : TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall; 1 when both texts are empty, 0 when the truth is empty but the prediction is not.</summary>
    public double Recall => FalsePositives == 0 && FalseNegatives == 0 ? 1 : TruePositives == 0 && FalseNegatives == 0 ? 0 : TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Whether the page counts towards the average precision (the benchmark skips pages with no prediction).</summary>
    public bool HasPrediction => TruePositives + FalsePositives > 0;

    /// <summary>Whether the page counts towards the average recall.</summary>
    public bool HasTruth => TruePositives + FalseNegatives > 0;

    /// <summary>Compares <paramref name="predicted"/> with <paramref name="truth"/> by <paramref name="n"/>-word shingles.</summary>
    public static ShingleMatch Compare(string? truth, string? predicted, int n = 4)
    {
        var t = Shingles(truth ?? "", n);
        var p = Shingles(predicted ?? "", n);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, tc) in t)
        {
            int pc = p.GetValueOrDefault(key);
            tp += Math.Min(tc, pc);
            fn += Math.Max(0, tc - pc);
        }
        foreach (var (key, pc) in p) fp += Math.Max(0, pc - t.GetValueOrDefault(key));
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    /// <summary>The runs of letters, digits and underscores in <paramref name="text"/>.</summary>
    public static List<string> Tokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool word = i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsNumber(text[i]) || text[i] == '_');
            if (word && start < 0) start = i;
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }
        }
        return tokens;
    }

    private static Dictionary<string, int> Shingles(string text, int n)
    {
        var tokens = Tokens(text);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        // Like the benchmark, a text shorter than n words is one short shingle; an empty text has none.
        for (int i = 0; i < Math.Max(1, tokens.Count - n + 1); i++)
        {
            int end = Math.Min(tokens.Count, i + n);
            if (end <= i) break;
            var key = string.Join('\u0001', tokens.GetRange(i, end - i));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }
}
