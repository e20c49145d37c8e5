using Microsoft.AspNetCore.Hosting;

namespace Summit.Tests.Calendar;

/// <summary><c>CalendarFeeds:RefreshInterval</c> is what every feed asks subscribed calendar apps to keep to.</summary>
public sealed class FeedRefreshSettingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/calendar.ics")]
    [InlineData("/sessions/pki-future/calendar.ics")]
    public async Task AFeedAsksForTheConfiguredRefreshInterval(string feed)
    {
        // Arrange
        await using var factory = new SummitAppFactory();
        await using var app = factory.WithWebHostBuilder(b => b.UseSetting("CalendarFeeds:RefreshInterval", "00:30:00"));

        // Act
        var ics = await app.CreateClient().GetStringAsync(feed, Ct);

        // Assert
        Assert.Contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT30M\r\n", ics);
        Assert.Contains("\r\nX-PUBLISHED-TTL:PT30M\r\n", ics);
    }
}
