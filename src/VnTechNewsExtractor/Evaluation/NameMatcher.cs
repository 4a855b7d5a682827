using System.Text;
using VnTechNewsExtractor.Text;

namespace VnTechNewsExtractor.Evaluation;

/// <summary>
/// Compares organisation names as the annotation guide says: without case, punctuation, a leading designator
/// (công ty, tập đoàn, ctcp, startup, hãng, quỹ) or a trailing legal suffix (Inc, Corp, JSC, Ltd), and through
/// the gold file's alias groups.
/// </summary>
public sealed class NameMatcher
{
    private static readonly string[] Designators = ["công ty cổ phần", "công ty", "tập đoàn", "ctcp", "startup", "hãng", "quỹ"];
    private static readonly string[] Suffixes = ["inc", "corp", "corporation", "jsc", "ltd", "co", "llc", "plc", "limited"];
    private readonly Dictionary<string, string> _alias = new(StringComparer.Ordinal);

    /// <summary>Creates a matcher over alias groups (each group names one organisation).</summary>
    public NameMatcher(IEnumerable<IEnumerable<string>> aliasGroups)
    {
        ArgumentNullException.ThrowIfNull(aliasGroups);
        foreach (var group in aliasGroups)
        {
            var names = group.Select(Normalize).Where(n => n.Length > 0).ToList();
            if (names.Count == 0) continue;
            foreach (var n in names) _alias.TryAdd(n, names[0]);
        }
    }

    /// <summary>The identity of <paramref name="name"/>: equal keys denote the same organisation.</summary>
    public string Key(string name)
    {
        var n = Normalize(name);
        return _alias.GetValueOrDefault(n, n);
    }

    /// <summary>Lower case, punctuation removed, designator and legal suffix stripped.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = TextNormalizer.ForMatching(name);
        var sb = new StringBuilder(lower.Length);
        foreach (var c in lower) sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var joined = string.Join(' ', words);
        foreach (var d in Designators)
        {
            if (joined.StartsWith(d + " ", StringComparison.Ordinal)) { joined = joined[(d.Length + 1)..]; break; }
        }
        foreach (var s in Suffixes)
        {
            if (joined.EndsWith(" " + s, StringComparison.Ordinal)) { joined = joined[..^(s.Length + 1)]; break; }
        }
        return joined;
    }
}
