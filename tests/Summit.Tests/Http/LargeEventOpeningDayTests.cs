using System.Net;
using System.Text.RegularExpressions;

namespace Summit.Tests.Http;

/// <summary>On a large event, which opens on one day, every count shown is what its choice shows, and every way back finds its card.</summary>
public sealed partial class LargeEventOpeningDayTests(LargeEventFixture large) : IClassFixture<LargeEventFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> GetAsync(string url) => await large.Factory.CreateClient().GetStringAsync(url, Ct);

    private static int Cards(string html) => CardPattern().Count(html);

    [Theory]
    [InlineData("day")]
    [InlineData("track")]
    [InlineData("room")]
    [InlineData("kind")]
    [InlineData("lead")]
    [InlineData("status")]
    [InlineData("leadwanted")]
    public async Task EachFacetCountOnTheOpeningPageIsWhatTickingItShows(string facet)
    {
        // Arrange: the opening page, and what submitting its form with one box ticked would ask for
        var opening = await GetAsync("/");
        var form = FormPattern().Match(opening).Value;
        var hidden = HiddenPattern().Matches(form).Select(m => $"{m.Groups["name"].Value}={m.Groups["value"].Value}").ToList();
        var options = FacetPattern().Matches(form).Where(m => m.Groups["name"].Value == facet).ToList();
        Assert.NotEmpty(options);

        foreach (var option in options)
        {
            var query = string.Join('&', hidden.Append($"{facet}={Uri.EscapeDataString(WebUtility.HtmlDecode(option.Groups["value"].Value))}"));

            // Act
            var shown = Cards(await GetAsync("/?" + query));

            // Assert
            Assert.True(int.Parse(option.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) == shown,
                $"“{WebUtility.HtmlDecode(option.Groups["label"].Value).Trim()}” says ({option.Groups["count"].Value}); ticking it (?{query}) shows {shown}.");
        }
    }

    [Fact]
    public async Task EachDayTabsCountIsWhatTheTabShows()
    {
        // Arrange
        var opening = await GetAsync("/");
        var tabs = TabPattern().Matches(opening).ToList();
        Assert.Equal(5, tabs.Count);

        foreach (var tab in tabs)
        {
            var href = WebUtility.HtmlDecode(tab.Groups["href"].Value);

            // Act
            var shown = Cards(await GetAsync(href));

            // Assert
            Assert.True(int.Parse(tab.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) == shown,
                $"The tab {href} says ({tab.Groups["count"].Value}) and shows {shown}.");
        }
    }

    [Fact]
    public async Task BackToTheScheduleFromASessionOnAnotherDayLeadsToThatDaysCard()
    {
        // Arrange: the event opens on Wednesday; this session is on Monday
        var monday = large.Schedule.Sessions.First(s => s.Day == new DateOnly(2012, 10, 15));
        var page = await GetAsync($"/sessions/{monday.Slug}");
        var back = WebUtility.HtmlDecode(BackPattern().Match(page).Groups["href"].Value);

        // Act
        var schedule = await GetAsync(back);

        // Assert
        Assert.Equal($"/?day=2012-10-15#{monday.Slug}", back);
        Assert.Contains($"id=\"{monday.Slug}\"", schedule);
    }

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\"[^>]*>← Back to the schedule")]
    private static partial Regex BackPattern();

    [GeneratedRegex("class=\"session-card")]
    private static partial Regex CardPattern();

    [GeneratedRegex("<form[^>]*class=\"filter-bar\".*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenPattern();

    [GeneratedRegex("<input type=\"checkbox\" id=\"[^\"]*\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]+)\"[^>]*>\\s*<label[^>]*>(?<label>[^<]*)<span class=\"facet-count\">\\((?<count>\\d+)\\)</span>", RegexOptions.Singleline)]
    private static partial Regex FacetPattern();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" class=\"day-tab\"[^>]*>[^<]*<span class=\"day-nav-count\">\\((?<count>\\d+)\\)</span>", RegexOptions.Singleline)]
    private static partial Regex TabPattern();
}
