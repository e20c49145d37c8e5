using Bunit;
using Summit.Core.Filtering;
using Summit.Web.Filtering;

namespace Summit.Tests.Filtering;

public sealed class FilterResultSummaryTests(SeedScheduleFixture seed) : SummitBunitContext, IClassFixture<SeedScheduleFixture>
{
    [Fact]
    public void ASearchThatFindsNothingNamesTheWordsAndOffersToClear()
    {
        // Arrange
        var filter = new ScheduleFilter { Text = "xyzzy" };
        var result = seed.Index.Apply(filter);

        // Act
        var cut = Render<FilterResultSummary>(p => p.Add(c => c.Result, result).Add(c => c.Filter, filter).Add(c => c.ClearHref, "/?day=all"));

        // Assert
        Assert.Equal("No sessions match “xyzzy”.", cut.Find(".filter-empty h2").TextContent.Trim());
        Assert.Equal("/?day=all", cut.Find(".filter-empty a").GetAttribute("href"));
    }

    [Fact]
    public void ASearchWithOtherFiltersSaysTheFiltersTakePart()
    {
        // Arrange
        var filter = new ScheduleFilter { Text = "xyzzy", Tracks = ["quantum"] };
        var result = seed.Index.Apply(filter);

        // Act
        var cut = Render<FilterResultSummary>(p => p.Add(c => c.Result, result).Add(c => c.Filter, filter));

        // Assert
        Assert.Equal("No sessions match “xyzzy” with these filters.", cut.Find(".filter-empty h2").TextContent.Trim());
    }
}
