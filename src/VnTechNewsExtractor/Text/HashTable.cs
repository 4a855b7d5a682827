namespace VnTechNewsExtractor.Text;

/// <summary>
/// An open-addressing map from non-zero 64-bit hashes to values, read without allocating. Built once, then only
/// read, so it is safe to share across threads once construction is over.
/// </summary>
/// <typeparam name="TValue">The value type; <c>default</c> is returned for missing keys.</typeparam>
internal sealed class HashTable<TValue> where TValue : struct
{
    private ulong[] _keys;
    private TValue[] _values;
    private int _mask;

    /// <summary>Creates an empty table sized for about <paramref name="expected"/> keys.</summary>
    public HashTable(int expected = 1024)
    {
        int capacity = 16;
        while (capacity < expected * 2) capacity <<= 1; // at most half full: short probe runs
        _keys = new ulong[capacity];
        _values = new TValue[capacity];
        _mask = capacity - 1;
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>The keys and their values, in no particular order.</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> Entries
    {
        get
        {
            for (int i = 0; i < _keys.Length; i++)
                if (_keys[i] != 0) yield return new(_keys[i], _values[i]);
        }
    }

    /// <summary>The value of <paramref name="key"/>, or <c>default</c>.</summary>
    public TValue Get(ulong key)
    {
        int i = (int)key & _mask;
        while (true)
        {
            ulong k = _keys[i];
            if (k == key) return _values[i];
            if (k == 0) return default;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>A reference to the value of <paramref name="key"/>, adding the key with a default value when absent.</summary>
    public ref TValue GetOrAdd(ulong key)
    {
        if ((Count + 1) * 2 > _keys.Length) Grow();
        int i = (int)key & _mask;
        while (true)
        {
            ulong k = _keys[i];
            if (k == key) return ref _values[i];
            if (k == 0)
            {
                _keys[i] = key;
                Count++;
                return ref _values[i];
            }
            i = (i + 1) & _mask;
        }
    }

    private void Grow()
    {
        var oldKeys = _keys;
        var oldValues = _values;
        _keys = new ulong[oldKeys.Length * 2];
        _values = new TValue[oldKeys.Length * 2];
        _mask = _keys.Length - 1;
        Count = 0;
        for (int i = 0; i < oldKeys.Length; i++)
            if (oldKeys[i] != 0) GetOrAdd(oldKeys[i]) = oldValues[i];
    }
}
