using System.Globalization;
using System.Text;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// A text in composed form (NFC) with the way back to the text as given: "đô\u0300ng" written with combining accents is
/// read as "đồng", and an offset into the composed text maps to the same character in the original.
/// </summary>
internal sealed class ComposedText
{
    private readonly int[]? _toOriginal;

    private ComposedText(string text, int[]? toOriginal)
    {
        Text = text;
        _toOriginal = toOriginal;
    }

    /// <summary>The composed text.</summary>
    public string Text { get; }

    /// <summary>False when the original was already composed (offsets are the same).</summary>
    public bool Changed => _toOriginal is not null;

    /// <summary>
    /// Composes <paramref name="original"/>. Each base character is composed with the combining marks after it, one
    /// cluster at a time, so every composed character knows where its cluster started in the original.
    /// </summary>
    public static ComposedText Of(string original)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (TextNormalizer.IsSurelyNfc(original) || IsNfc(original)) return new ComposedText(original, null);
        var text = new StringBuilder(original.Length);
        var map = new List<int>(original.Length + 1);
        int i = 0;
        while (i < original.Length)
        {
            int start = i++;
            if (char.IsHighSurrogate(original[start]) && i < original.Length && char.IsLowSurrogate(original[i])) i++;
            while (i < original.Length && IsCombining(original[i])) i++;
            var cluster = original.AsSpan(start, i - start).ToString();
            var composed = TextNormalizer.ToNfc(cluster);
            text.Append(composed);
            for (int k = 0; k < composed.Length; k++) map.Add(start);
        }
        map.Add(original.Length);
        return new ComposedText(text.ToString(), [.. map]);
    }

    /// <summary>The offset in the original of the character at <paramref name="composedOffset"/> (or of the end).</summary>
    public int ToOriginal(int composedOffset) => _toOriginal is null ? composedOffset : _toOriginal[composedOffset];

    private static bool IsNfc(string s)
    {
        try
        {
            return s.IsNormalized(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return false; // a lone surrogate: ToNfc replaces it cluster by cluster
        }
    }

    private static bool IsCombining(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
