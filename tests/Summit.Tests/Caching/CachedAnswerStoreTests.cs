using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Summit.Web.Caching;

namespace Summit.Tests.Caching;

/// <summary>The answer cache's memory: bounded, least recently served out first, emptied by a schedule change.</summary>
public sealed class CachedAnswerStoreTests
{
    private const int KiB = 1024;

    private readonly SteppedClock _clock = new();

    private readonly CachedAnswerStore _store;

    public CachedAnswerStoreTests() =>
        _store = new CachedAnswerStore(Options.Create(new PublicCacheOptions { SizeLimitMegabytes = 1 }), _clock);

    private static AnswerKey Key(string path) => new("v1", "br", "http", "localhost", "", path, "");

    private CachedAnswer Answer(int bytes) =>
        CachedAnswer.From(new HeaderDictionary { ["Content-Type"] = "text/html" }, new byte[bytes], _clock.GetTimestamp(), 64);

    private bool Add(string path, int bytes) => _store.TryAdd(Key(path), Answer(bytes), _store.Generation);

    [Fact]
    public void AnAnswerLargerThanTheWholeCacheIsNotStored()
    {
        // Act
        var stored = Add("/huge", 1024 * KiB);

        // Assert
        Assert.False(stored);
        Assert.Equal(0, _store.Count);
        Assert.Equal(0, _store.Size);
    }

    [Fact]
    public void WhenTheCacheIsFullTheLeastRecentlyServedAnswersMakeRoom()
    {
        // Arrange: three answers of 300 KB, the first served again later than the second
        Add("/first", 300 * KiB);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Add("/second", 300 * KiB);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Add("/third", 300 * KiB);
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.True(_store.TryGet(Key("/first"), out _));

        // Act: a fourth does not fit beside them
        var stored = Add("/fourth", 300 * KiB);

        // Assert
        Assert.True(stored);
        Assert.True(_store.Size <= _store.SizeLimit, $"{_store.Size} of {_store.SizeLimit}");
        Assert.False(_store.TryGet(Key("/second"), out _));
        Assert.True(_store.TryGet(Key("/first"), out _));
        Assert.True(_store.TryGet(Key("/fourth"), out _));
    }

    [Fact]
    public void AScheduleChangeEvictsEveryAnswerAndFreesItsMemory()
    {
        // Arrange
        Add("/", 100 * KiB);
        Add("/calendar.ics", 50 * KiB);

        // Act
        _store.EvictAll();

        // Assert
        Assert.Equal(0, _store.Count);
        Assert.Equal(0, _store.Size);
        Assert.False(_store.TryGet(Key("/"), out _));
    }

    [Fact]
    public void AnAnswerRenderedBeforeAScheduleChangeIsNotStoredAfterIt()
    {
        // Arrange: a render starts, then an organizer saves
        var generation = _store.Generation;
        _store.EvictAll();

        // Act
        var stored = _store.TryAdd(Key("/"), Answer(10 * KiB), generation);

        // Assert
        Assert.False(stored);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public void AnAnswerIsNotServedPastItsLifetime()
    {
        // Arrange
        Add("/", 10 * KiB);

        // Act
        _clock.Advance(new PublicCacheOptions().EntryLifetime + TimeSpan.FromSeconds(1));

        // Assert
        Assert.False(_store.TryGet(Key("/"), out _));
        Assert.Equal(0, _store.Size);
    }

    /// <summary>A monotonic clock the test moves by hand.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = TimeSpan.TicksPerDay;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
