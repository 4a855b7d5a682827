using VnTechNewsExtractor.Companies;

namespace VnTechNewsExtractor.Deals;

/// <summary>
/// Which names are one company across a whole batch of articles: a union-find over <see cref="CompanyKey"/>s, joined
/// where an article states that two names are one (a company's aliases, a stock code after its name) or the gazetteer
/// knows them as one. Also counts each surface form a deal report uses, to pick the canonical name.
/// </summary>
internal sealed class CompanyIdentities(CompanyGazetteer? gazetteer)
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<int> _parent = [];
    private readonly List<string> _keys = [];
    // The gazetteer's name for a key's company, when it knows it.
    private readonly Dictionary<int, string> _known = [];
    private readonly Dictionary<string, string> _keyOfSurface = new(StringComparer.Ordinal);
    // Per key: each surface form seen and how often a deal report used it (0 for names only seen in a company list).
    private readonly Dictionary<int, Dictionary<string, int>> _surfaces = [];

    /// <summary>The key of <paramref name="surface"/>, registered (with the gazetteer's identity) on first sight.</summary>
    public string Register(string surface, bool usedByDeal)
    {
        var trimmed = surface.Trim();
        if (!_keyOfSurface.TryGetValue(trimmed, out var key))
        {
            key = CompanyKey.Of(trimmed);
            if (key.Length == 0) key = trimmed.ToLowerInvariant();
            _keyOfSurface[trimmed] = key;
        }
        int id = Id(key);
        if (!_surfaces.TryGetValue(id, out var forms)) _surfaces[id] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
        forms[trimmed] = forms.GetValueOrDefault(trimmed) + (usedByDeal ? 1 : 0);
        if (gazetteer is not null && !_known.ContainsKey(id))
        {
            var entry = gazetteer.Find(trimmed) ?? gazetteer.Find(CompanyVocabulary.Default.BareName(trimmed));
            if (entry is not null)
            {
                var entryKey = CompanyKey.Of(entry.Name);
                int entryId = Id(entryKey);
                _known[id] = entry.Name;
                _known.TryAdd(entryId, entry.Name);
                Union(id, entryId);
            }
        }
        return key;
    }

    /// <summary>States that <paramref name="first"/> and <paramref name="second"/> name one company.</summary>
    public void Join(string first, string second)
    {
        var a = Register(first, usedByDeal: false);
        var b = Register(second, usedByDeal: false);
        // A generic word ("công ty", a place) would chain unrelated companies together.
        if (a == b || CompanyKey.IsTooGeneric(a) || CompanyKey.IsTooGeneric(b)) return;
        Union(_ids[a], _ids[b]);
    }

    /// <summary>The identity (root) of a registered key.</summary>
    public int Root(string key) => Find(_ids[key]);

    /// <summary>The canonical name and the other names of the company whose root is <paramref name="root"/>.</summary>
    public DealCompany Party(int root, IReadOnlyDictionary<int, List<int>> members)
    {
        var all = new Dictionary<string, int>(StringComparer.Ordinal);
        string? known = null;
        foreach (var id in members[root])
        {
            if (_known.TryGetValue(id, out var k)) known ??= k;
            if (!_surfaces.TryGetValue(id, out var forms)) continue;
            foreach (var (form, count) in forms) all[form] = all.GetValueOrDefault(form) + count;
        }
        // The gazetteer's name, else the form deal reports use most; ties go to a name over a stock code ("Bình Minh" over
        // "BMG"), then to the shorter (fewer designators), then ordinal.
        var name = known ?? all.OrderByDescending(f => f.Value).ThenBy(f => IsCode(f.Key)).ThenBy(f => f.Key.Length)
            .ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
        var aliases = all.Keys.Where(f => !string.Equals(f, name, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        return new DealCompany(name, aliases);
    }

    /// <summary>"BMG", "MWG": capitals and digits only, as stock codes and short names are written.</summary>
    private static bool IsCode(string name) => name.Length <= 5 && name.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>Every root with the ids joined under it.</summary>
    public Dictionary<int, List<int>> Members()
    {
        var members = new Dictionary<int, List<int>>();
        for (int id = 0; id < _parent.Count; id++)
        {
            int root = Find(id);
            if (!members.TryGetValue(root, out var list)) members[root] = list = [];
            list.Add(id);
        }
        return members;
    }

    /// <summary>The key a root stands for (its first registered key), for stable identifiers.</summary>
    public string KeyOf(int id) => _keys[id];

    private int Id(string key)
    {
        if (_ids.TryGetValue(key, out var id)) return id;
        id = _parent.Count;
        _ids[key] = id;
        _parent.Add(id);
        _keys.Add(key);
        return id;
    }

    private int Find(int id)
    {
        while (_parent[id] != id)
        {
            _parent[id] = _parent[_parent[id]];
            id = _parent[id];
        }
        return id;
    }

    // The lower id (the earlier seen name) stays the root, so roots do not depend on the order of joins.
    private void Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return;
        if (ra < rb) _parent[rb] = ra;
        else _parent[ra] = rb;
    }
}
