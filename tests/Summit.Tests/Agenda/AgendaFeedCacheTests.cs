using Microsoft.Extensions.Options;
using Summit.Web.Agenda;
using Summit.Web.Calendar;

namespace Summit.Tests.Agenda;

/// <summary>The kept personal feeds on their own: what one agenda's change, a schedule change and a race leave behind.</summary>
public sealed class AgendaFeedCacheTests : IDisposable
{
    private const string Version = "v1";

    private readonly AgendaFeedCache _cache;

    public AgendaFeedCacheTests() =>
        _cache = new AgendaFeedCache(Options.Create(new AgendaFeedCacheOptions()));

    public void Dispose() => _cache.Dispose();

    private static IcsBody Feed(string text) => IcsBody.Of(System.Text.Encoding.UTF8.GetBytes(text), new DateTime(2026, 12, 2, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void InvalidatingOneAgendaKeepsAnothersFeed()
    {
        // Arrange
        var mine = Feed("mine");
        var theirs = Feed("theirs");
        _cache.Add("A", 1, Version, mine, _cache.Generation);
        _cache.Add("B", 2, Version, theirs, _cache.Generation);

        // Act
        _cache.Invalidate(1);

        // Assert
        Assert.False(_cache.TryGet("A", Version, out _));
        Assert.True(_cache.TryGet("B", Version, out var kept));
        Assert.Same(theirs, kept);
    }

    [Fact]
    public void AFeedWrittenBeforeAStarWasStoredIsNotKept()
    {
        // Arrange: a request reads the agenda, then a star is stored and invalidates it, then the request keeps its feed.
        var generation = _cache.Generation;
        _cache.Invalidate(1);

        // Act
        _cache.Add("A", 1, Version, Feed("before the star"), generation);

        // Assert
        Assert.False(_cache.TryGet("A", Version, out _));
    }

    [Fact]
    public async Task AScheduleChangeDropsEveryFeed()
    {
        // Arrange
        _cache.Add("A", 1, Version, Feed("mine"), _cache.Generation);
        _cache.Add("B", 2, Version, Feed("theirs"), _cache.Generation);

        // Act
        await _cache.EvictAsync(TestContext.Current.CancellationToken);

        // Assert
        Assert.False(_cache.TryGet("A", Version, out _));
        Assert.False(_cache.TryGet("B", Version, out _));
    }

    [Fact]
    public void AFeedIsServedOnlyForTheVersionItWasWrittenFor()
    {
        // Arrange
        _cache.Add("A", 1, Version, Feed("mine"), _cache.Generation);

        // Act
        var found = _cache.TryGet("A", "v2", out _);

        // Assert
        Assert.False(found);
    }

    [Fact]
    public void AResetTokenNoLongerFindsTheFeedWrittenForTheNewOne()
    {
        // Arrange: the feed was kept under the old token, then the link was reset and the new token's feed kept.
        _cache.Add("old", 1, Version, Feed("mine"), _cache.Generation);
        _cache.Invalidate(1);

        // Act
        _cache.Add("new", 1, Version, Feed("mine, new link"), _cache.Generation);

        // Assert
        Assert.False(_cache.TryGet("old", Version, out _));
        Assert.True(_cache.TryGet("new", Version, out _));
    }
}
