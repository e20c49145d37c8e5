using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Summit.Tests.Http;

/// <summary>The app behind a trusted proxy, where a shared cache may sit.</summary>
public sealed class BehindProxyApp : IAsyncDisposable
{
    public OrganizerAppFactory App { get; } = new() { Settings = { ["ForwardedHeaders:KnownProxies:0"] = "10.0.0.5" } };

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// Behind a trusted proxy, public pages and feeds may be held by a shared cache for a few seconds and served stale while
/// it revalidates; personal answers and a signed-in organizer's never. The tests only read.
/// </summary>
public sealed class SharedCacheHeaderTests(BehindProxyApp fixture) : IClassFixture<BehindProxyApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string CacheControl(HttpResponseMessage response) => response.Headers.CacheControl?.ToString() ?? "";

    [Theory]
    [InlineData("/")]
    [InlineData("/?track=keystone")]
    [InlineData("/sessions/pki-future")]
    [InlineData("/calendar.ics")]
    [InlineData("/sessions/pki-future/calendar.ics")]
    public async Task PublicAnswersMayBeHeldBySharedCachesForAFewSeconds(string path)
    {
        // Arrange
        var client = fixture.App.Browser();

        // Act: the first answer is rendered, the second comes from the app's own store
        var rendered = await client.GetAsync(path, Ct);
        var stored = await client.GetAsync(path, Ct);

        // Assert
        foreach (var response in new[] { rendered, stored })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var header = response.Headers.CacheControl!;
            Assert.True(header.Public);
            Assert.False(header.NoCache);
            Assert.Equal(TimeSpan.Zero, header.MaxAge);
            Assert.Equal(TimeSpan.FromSeconds(5), header.SharedMaxAge);
            Assert.Contains(header.Extensions, e => e.Name == "stale-while-revalidate" && e.Value == "10");
            // Kept per version, the stored copy is current: an Age would count against s-maxage downstream.
            Assert.Null(response.Headers.Age);
        }
    }

    [Fact]
    public async Task APublicPageVariesByAcceptSoEnhancedNavigationGetsItsOwnCopy()
    {
        // Arrange
        var client = fixture.App.Browser();

        // Act
        var response = await client.GetAsync("/", Ct);

        // Assert
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task ARevalidatedPublicPageKeepsItsSharedCacheHeader()
    {
        // Arrange
        var client = fixture.App.Browser();
        var first = await client.GetAsync("/sessions/pki-future", Ct);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/sessions/pki-future");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        var revalidated = await client.SendAsync(conditional, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(CacheControl(first), CacheControl(revalidated));
    }

    [Theory]
    [InlineData("/agenda")]
    [InlineData("/agenda/state")]
    [InlineData("/account/login")]
    [InlineData("/organizer")]
    [InlineData("/sessions/no-such-session")]
    public async Task PersonalAndOrganizerAnswersAreNeverHeldBySharedCaches(string path)
    {
        // Arrange
        var client = fixture.App.Browser();

        // Act
        var response = await client.GetAsync(path, Ct);

        // Assert
        Assert.DoesNotContain("s-maxage", CacheControl(response), StringComparison.Ordinal);
        Assert.DoesNotContain("stale-while-revalidate", CacheControl(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/calendar.ics")]
    public async Task PublicAnswersToASignedInOrganizerAreNeverHeldBySharedCaches(string path)
    {
        // Arrange
        var organizer = await fixture.App.SignedInAsync($"viewer-{Guid.NewGuid():N}@example.org", organizer: true);

        // Act
        var response = await organizer.GetAsync(path, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, no-cache", CacheControl(response));
    }
}

/// <summary>Where no shared cache is held, or the setting turns it off, public answers are revalidated on every use.</summary>
public sealed class SharedCacheSettingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string[]> PublicCacheControlsAsync(SummitAppFactory factory, params (string Key, string Value)[] settings)
    {
        var app = factory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });
        var client = app.CreateClient();
        var page = await client.GetAsync("/", Ct);
        var feed = await client.GetAsync("/calendar.ics", Ct);
        return [page.Headers.CacheControl?.ToString() ?? "", feed.Headers.CacheControl?.ToString() ?? ""];
    }

    [Fact]
    public async Task WithoutATrustedProxyPublicAnswersAreRevalidatedOnEveryUse()
    {
        // Arrange
        await using var factory = new SummitAppFactory();

        // Act
        var headers = await PublicCacheControlsAsync(factory);

        // Assert
        Assert.All(headers, h => Assert.Equal("public, no-cache", h));
    }

    [Fact]
    public async Task AZeroMaxAgeTurnsSharedCachingOffBehindAProxy()
    {
        // Arrange
        await using var factory = new SummitAppFactory();

        // Act
        var headers = await PublicCacheControlsAsync(factory, ("ForwardedHeaders:KnownProxies:0", "10.0.0.5"), ("Summit:SharedCache:MaxAge", "00:00:00"));

        // Assert
        Assert.All(headers, h => Assert.Equal("public, no-cache", h));
    }

    [Theory]
    [InlineData("Summit:SharedCache:MaxAge", "-00:00:05")]
    [InlineData("Summit:SharedCache:MaxAge", "00:00:02.5")]
    [InlineData("Summit:SharedCache:StaleWhileRevalidate", "02:00:00")]
    public async Task AnOutOfRangeSharedCacheSettingStopsStartUpNamingIt(string key, string value)
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        var app = factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        // Act
        var failure = Record.Exception(() => app.CreateClient());

        // Assert
        Assert.NotNull(failure);
        Assert.Contains(key + " must be", failure.ToString(), StringComparison.Ordinal);
    }
}
