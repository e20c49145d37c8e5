using Summit.Core.Time;
using Summit.Web.Api;

namespace Summit.Tests.Api;

/// <summary>What each session field holds, without a server.</summary>
public sealed class ApiShapesTests
{
    private static readonly Uri Site = new("https://schedule.example.org/");

    [Fact]
    public void TimesCarryTheOffsetInForceThatDay()
    {
        // Arrange: the Sunday US daylight saving time ended in 2012, and the day after
        var clock = new EventClock("America/Los_Angeles");
        var lastSummer = new SessionBuilder().At(new DateOnly(2012, 11, 3), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build();
        var firstWinter = new SessionBuilder().At(new DateOnly(2012, 11, 5), new TimeOnly(9, 50), new TimeOnly(10, 30)).Build();

        // Act
        var summer = ApiShapes.Session(lastSummer, clock, Site, withHtml: false);
        var winter = ApiShapes.Session(firstWinter, clock, Site, withHtml: false);

        // Assert
        Assert.Equal(new DateTimeOffset(2012, 11, 3, 9, 50, 0, TimeSpan.FromHours(-7)), summer.Start);
        Assert.Equal(TimeSpan.FromHours(-7), summer.Start.Offset);
        Assert.Equal(TimeSpan.FromHours(-8), winter.Start.Offset);
        Assert.Equal(new DateTime(2012, 11, 5, 18, 30, 0, DateTimeKind.Utc), winter.End.UtcDateTime);
    }

    [Fact]
    public void HtmlIsMadeOnlyWhenAskedAndIsSanitized()
    {
        var session = new SessionBuilder().Titled("Links").WithDescription("[click](javascript:alert(1)) and **bold**")
            .WithSubject("First", "*one*").Build();
        var clock = new EventClock("America/Los_Angeles");

        var listed = ApiShapes.Session(session, clock, Site, withHtml: false);
        var single = ApiShapes.Session(session, clock, Site, withHtml: true);

        Assert.Null(listed.DescriptionHtml);
        Assert.Null(listed.Subjects[0].DescriptionHtml);
        Assert.Equal("[click](javascript:alert(1)) and **bold**", single.Description);
        Assert.Contains("<strong>bold</strong>", single.DescriptionHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", single.DescriptionHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("<p><em>one</em></p>\n", single.Subjects[0].DescriptionHtml);
    }

    [Fact]
    public void TheSessionsAddressIsItsPageOnTheSite()
    {
        var session = new SessionBuilder().Titled("PKI Future", "pki-future").Build();

        var shaped = ApiShapes.Session(session, new EventClock("UTC"), Site, withHtml: false);

        Assert.Equal("https://schedule.example.org/sessions/pki-future", shaped.Url);
    }
}
