using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using Summit.Tests.Http;

namespace Summit.Tests.Grid;

/// <summary>The grid of a 2,000-session, 25-room event: it opens on the list's day, with the list's day tabs.</summary>
public sealed partial class GridLargeEventTests(LargeEventFixture large) : IClassFixture<LargeEventFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int SessionsOn(DateOnly day) => large.Schedule.Sessions.Count(s => s.Day == day);

    [Fact]
    public async Task TheGridOpensOnTodayWithTheDayTabsLeadingToTheGrid()
    {
        // Act
        var html = await large.Factory.CreateClient().GetStringAsync("/grid", Ct);

        // Assert
        Assert.Equal(SessionsOn(new DateOnly(2012, 10, 17)), Blocks().Count(html));
        Assert.Single(Tables().Matches(html));
        Assert.Contains("Wednesday, October 17", html);
        Assert.Matches("<a href=\"/grid\\?day=2012-10-17\" class=\"day-tab\" aria-current=\"page\">\\s*Wed 17 Oct", html);
        Assert.Matches("<a href=\"/grid\\?day=all\" class=\"day-tab\">\\s*All days", html);
        Assert.Equal(26, ColumnHeaders().Count(Tables().Match(html).Value));
    }

    [Fact]
    public async Task ADayTabShowsThatDaysGridWithTheOtherFiltersKept()
    {
        // Arrange
        var track = large.Schedule.Tracks[2];
        var tuesday = new DateOnly(2012, 10, 16);

        // Act
        var html = await large.Factory.CreateClient().GetStringAsync($"/grid?track={track.Slug}&day=2012-10-16", Ct);

        // Assert
        Assert.Equal(large.Schedule.Sessions.Count(s => s.Day == tuesday && s.Track?.Slug == track.Slug), Blocks().Count(html));
        Assert.Matches($"<a href=\"/grid\\?day=2012-10-15&amp;track={track.Slug}\" class=\"day-tab\">", html);
        Assert.Contains($"<a href=\"/?day=2012-10-16&amp;track={track.Slug}\" class=\"view-switch-link\">List</a>", html);
    }

    [Fact]
    public async Task ADayOfTheGridTransfersUnder200KilobytesCompressed()
    {
        // Arrange
        var client = large.Factory.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

        // Act
        var response = await client.GetAsync("/grid", Ct);
        var compressed = await response.Content.ReadAsByteArrayAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(compressed.Length < 200_000, $"{compressed.Length:N0} bytes");
        using var plain = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(plain);
        Assert.Equal(SessionsOn(new DateOnly(2012, 10, 17)), Blocks().Count(await reader.ReadToEndAsync(Ct)));
    }

    [GeneratedRegex("class=\"grid-block[\" ]")]
    private static partial Regex Blocks();

    [GeneratedRegex("<table class=\"schedule-grid\".*?</table>", RegexOptions.Singleline)]
    private static partial Regex Tables();

    [GeneratedRegex("<th scope=\"col\"")]
    private static partial Regex ColumnHeaders();
}
