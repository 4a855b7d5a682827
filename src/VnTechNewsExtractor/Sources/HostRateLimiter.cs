namespace VnTechNewsExtractor.Sources;

/// <summary>
/// Spaces requests to one host at least an interval apart: each request reserves the host's next free slot, so
/// concurrent callers queue up instead of bursting.
/// </summary>
internal sealed class HostRateLimiter
{
    private readonly Dictionary<string, DateTimeOffset> _nextFree = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;

    public HostRateLimiter(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    /// <summary>Reserves the next slot for <paramref name="host"/> and returns how long to wait for it from <paramref name="now"/>.</summary>
    public TimeSpan Reserve(string host, TimeSpan interval, DateTimeOffset now)
    {
        if (interval <= TimeSpan.Zero) return TimeSpan.Zero;
        lock (_nextFree)
        {
            var slot = _nextFree.TryGetValue(host, out var next) && next > now ? next : now;
            _nextFree[host] = slot + interval;
            return slot - now;
        }
    }

    /// <summary>Waits for the next slot of <paramref name="host"/>.</summary>
    public Task WaitAsync(string host, TimeSpan interval, CancellationToken cancellationToken)
    {
        var wait = Reserve(host, interval, _time.GetUtcNow());
        return wait > TimeSpan.Zero ? Task.Delay(wait, _time, cancellationToken) : Task.CompletedTask;
    }
}
