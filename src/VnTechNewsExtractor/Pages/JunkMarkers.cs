using AngleSharp.Dom;

namespace VnTechNewsExtractor.Pages;

/// <summary>
/// What is junk inside any site reader's body (captions, related boxes, ads, share bars, comments, embedded tables of
/// pictures), from the "*" lines of the site descriptions: element names, parts of class names, tag.class pairs, parts of
/// ids and attribute values.
/// </summary>
internal sealed class JunkMarkers
{
    private readonly HashSet<string> _tags = new(StringComparer.Ordinal);
    private readonly List<string> _classParts = [];
    private readonly Dictionary<string, HashSet<string>> _elementClasses = new(StringComparer.Ordinal);
    private readonly List<string> _idParts = [];
    private readonly Dictionary<string, HashSet<string>> _attributes = new(StringComparer.Ordinal);

    /// <summary>The markers of the shipped and user site descriptions.</summary>
    public static JunkMarkers Default => _default ??= Load(SiteDescriptions.Lines);

    private static JunkMarkers? _default;

    /// <summary>Builds the markers from the "*" lines of <paramref name="lines"/>.</summary>
    public static JunkMarkers Load(IEnumerable<SiteLine> lines)
    {
        var m = new JunkMarkers();
        foreach (var line in lines.Where(l => l.Host == "*" && l.Field.StartsWith("junk-", StringComparison.Ordinal)))
        {
            foreach (var item in line.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                switch (line.Field)
                {
                    case "junk-tags": m._tags.Add(item.ToLowerInvariant()); break;
                    case "junk-classes": m._classParts.Add(item); break;
                    case "junk-ids": m._idParts.Add(item); break;
                    case "junk-element-classes":
                        var dot = item.IndexOf('.', StringComparison.Ordinal);
                        if (dot <= 0 || dot == item.Length - 1) throw new InvalidDataException($"{line.Where}: '{item}' is not tag.class.");
                        Add(m._elementClasses, item[..dot].ToLowerInvariant(), item[(dot + 1)..]);
                        break;
                    case "junk-attributes":
                        var eq = item.IndexOf('=', StringComparison.Ordinal);
                        if (eq <= 0 || eq == item.Length - 1) throw new InvalidDataException($"{line.Where}: '{item}' is not name=value.");
                        Add(m._attributes, item[..eq].ToLowerInvariant(), item[(eq + 1)..]);
                        break;
                }
            }
        }
        return m;
    }

    private static void Add(Dictionary<string, HashSet<string>> map, string key, string value)
    {
        if (!map.TryGetValue(key, out var set)) map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(value);
    }

    /// <summary>
    /// Whether <paramref name="e"/> is junk. Checked once per element of a site body, so it walks the attribute list
    /// once instead of a selector list of substring matches, which costs more than the rest of the site reader.
    /// </summary>
    public bool IsJunk(IElement e)
    {
        var name = e.LocalName;
        if (_tags.Contains(name)) return true;
        var attributes = e.Attributes;
        for (int i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            var value = attribute.Value;
            if (value.Length == 0) continue;
            switch (attribute.Name)
            {
                case "class":
                    if (HasPart(value, _classParts)) return true;
                    if (_elementClasses.TryGetValue(name, out var classes))
                        foreach (var c in e.ClassList)
                            if (classes.Contains(c)) return true;
                    break;
                case "id":
                    foreach (var part in _idParts)
                        if (value.Contains(part, StringComparison.Ordinal)) return true;
                    break;
            }
            if (_attributes.TryGetValue(attribute.Name, out var values) && values.Contains(value)) return true;
        }
        return false;
    }

    private static bool HasPart(string classes, List<string> parts)
    {
        // Most class values are lower case, and an ordinal search is several times cheaper than one ignoring case.
        var comparison = classes.AsSpan().ContainsAnyInRange('A', 'Z') ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var part in parts)
            if (classes.Contains(part, comparison)) return true;
        return false;
    }
}
