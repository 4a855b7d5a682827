using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace VnTechNewsExtractor.Text;

/// <summary>
/// An open-addressing map from non-zero 64-bit hashes to values, read without allocating. Key and value sit side
/// by side so that a hit costs one cache line. Built once, then only read, so it is safe to share across threads
/// once construction is over.
/// </summary>
/// <typeparam name="TValue">The value type; <c>default</c> is returned for missing keys.</typeparam>
internal sealed class HashTable<TValue> where TValue : struct
{
    private Entry[] _entries;
    private int _mask;

    /// <summary>Creates an empty table sized for about <paramref name="expected"/> keys.</summary>
    public HashTable(int expected = 1024)
    {
        int capacity = 16;
        while (capacity < expected * 2) capacity <<= 1; // at most half full: short probe runs
        _entries = new Entry[capacity];
        _mask = capacity - 1;
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; private set; }

    /// <summary>The keys and their values, in no particular order.</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> Entries
    {
        get
        {
            for (int i = 0; i < _entries.Length; i++)
                if (_entries[i].Key != 0) yield return new(_entries[i].Key, _entries[i].Value);
        }
    }

    /// <summary>The value of <paramref name="key"/>, or <c>default</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TValue Get(ulong key)
    {
        var entries = _entries;
        int i = (int)key & _mask;
        while (true)
        {
            ref readonly var e = ref entries[i];
            if (e.Key == key) return e.Value;
            if (e.Key == 0) return default;
            i = (i + 1) & _mask;
        }
    }

    /// <summary>A reference to the value of <paramref name="key"/>, adding the key with a default value when absent.</summary>
    public ref TValue GetOrAdd(ulong key)
    {
        if ((Count + 1) * 2 > _entries.Length) Grow();
        int i = (int)key & _mask;
        while (true)
        {
            ref var e = ref _entries[i];
            if (e.Key == key) return ref e.Value;
            if (e.Key == 0)
            {
                e.Key = key;
                Count++;
                return ref e.Value;
            }
            i = (i + 1) & _mask;
        }
    }

    /// <summary>
    /// A copy in the smallest table that is at most half full: built tables are read many times, and a smaller
    /// one stays in cache.
    /// </summary>
    public HashTable<TValue> Trimmed()
    {
        var copy = new HashTable<TValue>(Count);
        foreach (var e in _entries)
            if (e.Key != 0) copy.GetOrAdd(e.Key) = e.Value;
        return copy;
    }

    private void Grow()
    {
        var old = _entries;
        _entries = new Entry[old.Length * 2];
        _mask = _entries.Length - 1;
        Count = 0;
        foreach (var e in old)
            if (e.Key != 0) GetOrAdd(e.Key) = e.Value;
    }

    // Packed: a byte value takes 9 bytes, not 16; x64 reads the unaligned keys at full speed.
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct Entry
    {
        public ulong Key;
        public TValue Value;
    }
}
