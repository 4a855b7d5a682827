using System.Text;

namespace VnTechNewsExtractor.Text;

/// <summary>Derives the shipped lexicon files from published word lists.</summary>
public static class LexiconBuilder
{
    /// <summary>
    /// The multi-syllable words of <paramref name="entries"/>: Unicode NFC, lower-cased, syllables separated by
    /// single spaces, sorted and without duplicates. Entries holding anything but letters and spaces (hyphenated
    /// loanwords, abbreviations with '/', notes in brackets) and entries longer than
    /// <see cref="SegmentationModel.MaxWordSyllables"/> syllables are left out.
    /// </summary>
    public static List<string> Derive(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var syllables = entry.Normalize(NormalizationForm.FormC).ToLowerInvariant()
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (syllables.Length < 2 || syllables.Length > SegmentationModel.MaxWordSyllables) continue;
            if (!syllables.All(s => s.All(char.IsLetter))) continue;
            words.Add(string.Join(' ', syllables));
        }
        return [.. words];
    }
}
