using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Testing;

namespace Summit.Tests.Venue;

/// <summary>
/// <c>/now</c> and the door displays over HTTP, on the seeded Windsor BC schedule, at fixed moments named by <c>?at=</c>
/// or by a clock stopped on Tuesday 16 October 2012 at 11:05:30am in San Diego.
/// </summary>
public sealed class VenuePagesTests : IAsyncLifetime
{
    private const string PublicBase = "https://summit.example.org";
    private const string IPv6Session = "quantum: improving IPv6 support / pluggable IP allocation";
    private const string FollowingSession = "Framework and APIs for advanced service insertion";
    private static readonly DateTimeOffset Stopped = new(2012, 10, 16, 11, 5, 30, TimeSpan.FromHours(-7));

    private readonly SummitAppFactory _base = new();
    private readonly WebApplicationFactory<Program> _factory;

    public VenuePagesTests() =>
        _factory = _base.WithWebHostBuilder(builder => builder
            .UseSetting("Summit:PublicBaseUrl", PublicBase)
            .ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(Stopped))));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    private HttpClient Client() => _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path)
    {
        var response = await Client().GetAsync(path, Ct);
        return (response, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)));
    }

    [Fact]
    public async Task NowShowsTheSessionOnInEachRoomAndWhenTheNextStarts()
    {
        // Act
        var (response, html) = await GetAsync("/now?at=2012-10-16T11:05-07:00");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Tuesday 16 October, 11:05am PDT", html);
        Assert.Contains(IPv6Session, html);
        Assert.Contains(FollowingSession, html);
        Assert.Contains("starts in 45 minutes", html);
        Assert.Contains("<noscript><meta http-equiv=\"refresh\" content=\"60\"", html);
        Assert.Contains("venue-refresh.", html);
        Assert.Contains("<meta name=\"description\" content=\"What is on now and next in every room of", html);
    }

    [Fact]
    public async Task NowWithoutAMomentShowsTheCurrentMinuteAndIsKeptOnlyUntilItEnds()
    {
        // Act
        var (first, html) = await GetAsync("/now");
        var again = await Client().GetAsync("/now", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Tuesday 16 October, 11:05am PDT", html);
        Assert.Contains(IPv6Session, html);
        Assert.True(first.Headers.CacheControl is { Public: true, NoCache: false });
        Assert.Equal(TimeSpan.FromSeconds(30), first.Headers.CacheControl!.MaxAge);
        Assert.Contains("Accept", first.Headers.Vary);
        // Served from the store, with its age counted against the minute.
        Assert.NotNull(again.Headers.Age);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task APageAtANamedMomentIsKeptForAMinuteAndVariesByTheMoment()
    {
        // Act
        var eleven = await Client().GetAsync("/rooms/windsor-bc?at=2012-10-16T11:05-07:00", Ct);
        var (_, afternoon) = await GetAsync("/rooms/windsor-bc?at=2012-10-16T14:00-07:00");

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(60), eleven.Headers.CacheControl!.MaxAge);
        Assert.True(eleven.Headers.CacheControl.Public);
        Assert.NotNull(eleven.Headers.ETag);
        Assert.Contains("Quantum L3 and Services API (proposal)", afternoon);
        Assert.DoesNotContain(IPv6Session, afternoon);
    }

    [Theory]
    [InlineData("2012-10-14T12:00-07:00", "Next: Monday 15 October, 9:50am")]
    [InlineData("2012-10-16T09:00-07:00", "Next: Tuesday 16 October, 11:00am")]
    [InlineData("2012-10-18T16:00-07:00", "The summit is over")]
    public async Task BeforeBetweenAndAfterTheDaysNowSaysWhenTheNextSessionIs(string at, string headline)
    {
        // Act
        var (response, html) = await GetAsync($"/now?at={Uri.EscapeDataString(at)}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(headline, html);
    }

    [Fact]
    public async Task ADoorDisplayShowsTheSplitSessionItsLeadsTheNextAndAQrCodeOfItsPage()
    {
        // Act
        var (response, html) = await GetAsync("/rooms/windsor-bc?at=2012-10-16T11:05-07:00");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Windsor BC", html);
        Assert.Contains(IPv6Session, html);
        Assert.Contains("Make IP allocation algorithm pluggable", html);
        Assert.Contains("Improving IPv6 support", html);
        Assert.Contains("Until 11:40am", html);
        Assert.Contains(FollowingSession, html);
        Assert.Contains("Starts in 45 minutes", html);
        Assert.DoesNotContain("summit-appbar", html);
        Assert.Contains("role=\"img\"", html);
        Assert.Equal($"{PublicBase}/sessions/quantum-improving-ipv6-support-pluggable-ip-allocation", QrSvgDecoder.Decode(html));
    }

    [Fact]
    public async Task ADoorDisplayShowsTheLeadsOfTheSessionOn()
    {
        // Act
        var (_, html) = await GetAsync("/rooms/windsor-bc?at=2012-10-16T17:30-07:00");

        // Assert
        Assert.Contains("LBaaS 2 - Tenant APIs", html);
        Assert.Contains("Led by Youcef (tentative)", html);
    }

    [Fact]
    public async Task ASessionIsNoLongerOnAtTheMinuteItEnds()
    {
        // Act
        var (_, html) = await GetAsync("/rooms/windsor-bc?at=2012-10-16T11:40-07:00");

        // Assert
        Assert.Contains("Next: Tuesday 16 October, 11:50am", html);
        Assert.DoesNotContain(IPv6Session, html);
        Assert.Contains("Starts in 10 minutes", html);
        Assert.Equal($"{PublicBase}/sessions/framework-and-apis-for-advanced-service-insertion", QrSvgDecoder.Decode(html));
    }

    [Fact]
    public async Task ADoorDisplayOfAnUnknownRoomIsNotFound()
    {
        // Act
        var (response, html) = await GetAsync("/rooms/ballroom?at=2012-10-16T11:05-07:00");

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No room “ballroom”", html);
        Assert.DoesNotContain("max-age", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/now?at=2012-10-16T11:05")]
    [InlineData("/rooms/windsor-bc?at=tomorrow")]
    public async Task AMomentThatCannotBeReadIsABadRequestThatSaysWhy(string path)
    {
        // Act
        var (response, html) = await GetAsync(path);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a moment Summit can read", html);
        Assert.Contains("at=2012-10-16T11:05-07:00", html);
    }

    [Fact]
    public async Task ADoorDisplayOfARenamedRoomLeadsToItsNewAddressAtTheSameMoment()
    {
        // Arrange: the screen was set up at the room's address, then an organizer gave the room a new one.
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var room = await db.Rooms.SingleAsync(r => r.Slug == "windsor-bc", Ct);
            room.Slug = "windsor-ballroom";
            await db.SaveChangesAsync(Ct);
        }

        // Act
        var moved = await Client().GetAsync("/rooms/windsor-bc?at=2012-10-16T11:05-07:00", Ct);
        var (now, html) = await GetAsync(moved.Headers.Location!.OriginalString);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.EndsWith("/rooms/windsor-ballroom?at=2012-10-16T11:05-07:00", moved.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.OK, now.StatusCode);
        Assert.Contains(IPv6Session, html);
    }

    [Fact]
    public async Task AnOrganizersSaveShowsOnTheNextLoadOfADoorDisplay()
    {
        // Arrange
        const string Door = "/rooms/windsor-bc?at=2012-10-16T11:05-07:00";
        var before = await Client().GetAsync(Door, Ct);

        // Act
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == "framework-and-apis-for-advanced-service-insertion", Ct);
            session.Title = "Service insertion, renamed a minute ago";
            await db.SaveChangesAsync(Ct);
        }

        var (after, html) = await GetAsync(Door);

        // Assert
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Service insertion, renamed a minute ago", html);
    }
}
