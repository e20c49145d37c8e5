using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Generation;
using Summit.Data.Import;

namespace Summit.Tests.Http;

/// <summary>The app serving a generated 2,000-session, four-day event on its third day (Wednesday 17 October, 11am at the venue).</summary>
public sealed class LargeEventFixture : IAsyncLifetime
{
    private readonly SummitAppFactory _base = new();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public PublishedSchedule Schedule { get; } = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 2000, Rooms: 25, Days: 4));

    public async ValueTask InitializeAsync()
    {
        Factory = _base.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2012, 10, 17, 18, 0, 0, TimeSpan.Zero)))));
        await using var scope = Factory.Services.CreateAsyncScope();
        await ScheduleImporter.ReplaceAsync(scope.ServiceProvider.GetRequiredService<SummitDbContext>(), Schedule, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await _base.DisposeAsync();
    }
}

public sealed partial class LargeEventTests(LargeEventFixture large) : IClassFixture<LargeEventFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int SessionsOn(DateOnly day) => large.Schedule.Sessions.Count(s => s.Day == day);

    [Fact]
    public async Task TheScheduleOpensOnTodayWithDayTabsAndAChipThatShowsEveryDay()
    {
        // Act
        var html = await large.Factory.CreateClient().GetStringAsync("/", Ct);

        // Assert
        Assert.Equal(SessionsOn(new DateOnly(2012, 10, 17)), Regex.Count(html, "class=\"session-card"));
        Assert.Contains("Wednesday, October 17", html);
        Assert.DoesNotContain("Monday, October 15", html);
        Assert.Matches("<a href=\"/\\?day=2012-10-17\" class=\"day-tab\" aria-current=\"page\">\\s*Wed 17 Oct", html);
        Assert.Matches("<a href=\"/\\?day=all\" class=\"day-tab\">\\s*All days\\s*<span class=\"day-nav-count\">\\(2000\\)", html);
        Assert.Contains("href=\"/?day=all\" aria-label=\"Remove filter Day: Wednesday 17 Oct\"", html);
        Assert.Contains("<input type=\"hidden\" name=\"day\" value=\"all\" />", html);
    }

    [Fact]
    public async Task AllDaysAndOtherDaysAreOneLinkAway()
    {
        // Act
        var all = await large.Factory.CreateClient().GetStringAsync("/?day=all", Ct);
        var monday = await large.Factory.CreateClient().GetStringAsync("/?day=2012-10-15", Ct);

        // Assert
        Assert.Equal(2000, Regex.Count(all, "class=\"session-card"));
        Assert.Matches("<a href=\"/\\?day=all\" class=\"day-tab\" aria-current=\"page\">", all);
        Assert.Equal(SessionsOn(new DateOnly(2012, 10, 15)), Regex.Count(monday, "class=\"session-card"));
        Assert.Matches("<a href=\"/\\?day=2012-10-15\" class=\"day-tab\" aria-current=\"page\">", monday);
    }

    [Fact]
    public async Task TabsKeepTheOtherFiltersAndCountUnderThem()
    {
        // Arrange
        var room = large.Schedule.Rooms[3];
        var tuesday = large.Schedule.Sessions.Count(s => s.Room.Slug == room.Slug && s.Day == new DateOnly(2012, 10, 16));

        // Act
        var html = await large.Factory.CreateClient().GetStringAsync($"/?room={room.Slug}", Ct);

        // Assert
        Assert.Matches($"<a href=\"/\\?room={room.Slug}&amp;day=2012-10-16\" class=\"day-tab\">\\s*Tue 16 Oct\\s*<span class=\"day-nav-count\">\\({tuesday}\\)", html);
    }

    [Fact]
    public async Task FromTheOpeningDayASearchAndTheCalendarLinksCoverEveryDay()
    {
        // Act
        var html = await large.Factory.CreateClient().GetStringAsync("/", Ct);
        var search = await large.Factory.CreateClient().GetStringAsync("/?day=all&q=keystone", Ct);
        var tuesday = await large.Factory.CreateClient().GetStringAsync("/?day=2012-10-16", Ct);

        // Assert: no day is ticked in the form, so submitting it sends only day=all
        Assert.DoesNotMatch("<input type=\"checkbox\" id=\"facet-day-[^\"]+\" name=\"day\" value=\"[^\"]+\" checked", html);
        Assert.Contains("<a href=\"/calendar.ics\">Add the whole schedule (2000 sessions) to my calendar</a>", html);
        Assert.Contains("webcal://localhost/calendar.ics\"", html);
        Assert.Matches("<a href=\"/\\?day=all&amp;q=keystone\" class=\"day-tab\" aria-current=\"page\">", search);
        Assert.Contains("Monday, October 15", search);
        Assert.Contains("Thursday, October 18", search);
        Assert.Contains("href=\"/?day=all\" aria-label=\"Remove filter Day: Tuesday 16 Oct\"", tuesday);
        Assert.Contains("<a href=\"/calendar.ics?day=2012-10-16\">", tuesday);
    }

    [Fact]
    public async Task TheOpeningPageTransfersWellUnder250KilobytesCompressed()
    {
        // Arrange
        var client = large.Factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

        // Act
        var response = await client.GetAsync("/", Ct);
        var compressed = await response.Content.ReadAsByteArrayAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
        // The stylesheets and scripts come once, cached for a year; docs/performance.md weighs them with the page.
        Assert.True(compressed.Length < 150_000, $"{compressed.Length:N0} bytes");
        using var plain = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(plain);
        Assert.Equal(SessionsOn(new DateOnly(2012, 10, 17)), Regex.Count(await reader.ReadToEndAsync(Ct), "class=\"session-card"));
    }
}
