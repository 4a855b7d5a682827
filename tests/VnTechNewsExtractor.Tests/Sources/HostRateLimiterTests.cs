using VnTechNewsExtractor.Sources;

namespace VnTechNewsExtractor.Tests.Sources;

/// <summary>The per-host schedule, checked on given clock times (no timing).</summary>
public class HostRateLimiterTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Test]
    public void Requests_to_one_host_are_spaced_and_other_hosts_are_not_held_up()
    {
        var limiter = new HostRateLimiter();
        var second = TimeSpan.FromSeconds(1);
        Assert.Multiple(() =>
        {
            Assert.That(limiter.Reserve("a.vn", second, T0), Is.EqualTo(TimeSpan.Zero));
            Assert.That(limiter.Reserve("a.vn", second, T0), Is.EqualTo(second));                           // queued behind the first
            Assert.That(limiter.Reserve("a.vn", second, T0.AddMilliseconds(500)), Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
            Assert.That(limiter.Reserve("b.vn", second, T0), Is.EqualTo(TimeSpan.Zero));                    // hosts are independent
            Assert.That(limiter.Reserve("A.VN", second, T0.AddSeconds(10)), Is.EqualTo(TimeSpan.Zero));      // idle long enough; host without case
            Assert.That(limiter.Reserve("a.vn", TimeSpan.FromSeconds(3), T0.AddSeconds(10)), Is.EqualTo(second)); // after the last slot's interval
        });
    }

    [Test]
    public void A_zero_interval_never_waits()
    {
        var limiter = new HostRateLimiter();
        for (int i = 0; i < 5; i++) Assert.That(limiter.Reserve("a.vn", TimeSpan.Zero, T0), Is.EqualTo(TimeSpan.Zero));
    }
}
