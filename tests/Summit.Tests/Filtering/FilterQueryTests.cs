using Microsoft.Extensions.Primitives;
using Summit.Core.Filtering;

namespace Summit.Tests.Filtering;

public sealed class FilterQueryTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private ParsedFilter Parse(string query)
    {
        var values = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query);
        return FilterQuery.Parse(name => values.TryGetValue(name, out var v) ? v : StringValues.Empty, seed.Index);
    }

    [Fact]
    public void EveryParameterOfTheContractIsRead()
    {
        var parsed = Parse("?room=windsor-bc&day=2012-10-18&track=keystone&lead=garyk&kind=split&status=confirmed&leadwanted=true&q=pki");

        Assert.Empty(parsed.Problems);
        Assert.Equal(["windsor-bc"], parsed.Filter.Rooms);
        Assert.Equal([new DateOnly(2012, 10, 18)], parsed.Filter.Days);
        Assert.Equal(["keystone"], parsed.Filter.Tracks);
        Assert.Equal(["garyk"], parsed.Filter.Leads);
        Assert.Equal([SessionKind.Split], parsed.Filter.Kinds);
        Assert.Equal([SessionStatus.Confirmed], parsed.Filter.Statuses);
        Assert.True(parsed.Filter.LeadWantedOnly);
        Assert.Equal("pki", parsed.Filter.Text);
    }

    [Fact]
    public void ManyUnknownValuesAreReportedAsTheFirstFewAndACount()
    {
        // Arrange
        var query = "?" + string.Join('&', Enumerable.Range(0, 40).Select(i => $"room=nowhere-{i}&track=nothing-{i}"));

        // Act
        var parsed = Parse(query);

        // Assert
        Assert.Equal(FilterQuery.MaxReportedProblems + 1, parsed.Problems.Count);
        Assert.Equal("There is no room “nowhere-0”.", parsed.Problems[0].Message);
        Assert.Equal("… and 75 more values that could not be applied.", parsed.Problems[^1].Message);
    }

    [Theory]
    [InlineData("leadwanted")]
    [InlineData("room")]
    public void ReportedValuesAreShortenedHoweverLongTheAddressGives(string parameter)
    {
        // Arrange: past the per-facet limit, the value that overflowed is reported too.
        var longValue = new string('x', 10_000);
        var query = "?" + string.Join('&', Enumerable.Range(0, FilterQuery.MaxValuesPerFacet).Select(i => $"room=r{i}")) + $"&{parameter}={longValue}";

        // Act
        var parsed = Parse(query);

        // Assert
        Assert.All(parsed.Problems, p => Assert.True(p.Value.Length <= 100 && p.Message.Length <= 200, p.Message[..Math.Min(p.Message.Length, 120)]));
    }

    [Fact]
    public void RepeatedParametersGiveSeveralValues()
    {
        var parsed = Parse("?track=quantum&track=keystone&track=keystone");

        Assert.Equal(["quantum", "keystone"], parsed.Filter.Tracks);
    }

    [Fact]
    public void UnknownRoomIsReportedAndTheRestApplied()
    {
        var parsed = Parse("?room=nowhere&track=keystone");

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(Facet.Room, problem.Facet);
        Assert.Equal("There is no room “nowhere”.", problem.Message);
        Assert.Empty(parsed.Filter.Rooms);
        Assert.Equal(["keystone"], parsed.Filter.Tracks);
    }

    [Theory]
    [InlineData("2012-13-45", "“2012-13-45” is not a date; days are written like 2012-10-15.")]
    [InlineData("tomorrow", "“tomorrow” is not a date; days are written like 2012-10-15.")]
    [InlineData("2012-10-19", "The event has no day 2012-10-19.")]
    public void MalformedOrForeignDaysAreReported(string day, string message)
    {
        var parsed = Parse($"?day={day}");

        Assert.Equal(message, Assert.Single(parsed.Problems).Message);
        Assert.Empty(parsed.Filter.Days);
    }

    [Fact]
    public void OverlongSearchTextIsReportedNotApplied()
    {
        var parsed = Parse($"?q={new string('x', 5000)}");

        Assert.Equal("The search text is too long (5,000 characters; at most 200), so it was not applied.", Assert.Single(parsed.Problems).Message);
        Assert.Null(parsed.Filter.Text);
    }

    [Theory]
    [InlineData("?kind=keynote", Facet.Kind)]
    [InlineData("?kind=1", Facet.Kind)]
    [InlineData("?status=maybe", Facet.Status)]
    [InlineData("?leadwanted=yes", Facet.LeadWanted)]
    [InlineData("?lead=nobody", Facet.Lead)]
    [InlineData("?track=nova", Facet.Track)]
    public void UnknownValuesOfEveryFacetAreReported(string query, Facet facet)
    {
        Assert.Equal(facet, Assert.Single(Parse(query).Problems).Facet);
    }

    [Fact]
    public void ShownValuesAreShortened()
    {
        var parsed = Parse($"?room={new string('r', 500)}");

        Assert.True(Assert.Single(parsed.Problems).Message.Length < 100);
    }

    [Fact]
    public void SlugsAndNamesAreCaseInsensitive()
    {
        var parsed = Parse("?track=Keystone&kind=SPLIT");

        Assert.Empty(parsed.Problems);
        Assert.Equal(["keystone"], parsed.Filter.Tracks);
        Assert.Equal([SessionKind.Split], parsed.Filter.Kinds);
    }

    [Fact]
    public void QueryStringRoundTrips()
    {
        var filter = new ScheduleFilter { Rooms = ["windsor-bc"], Days = [new DateOnly(2012, 10, 15)], Tracks = ["quantum", "keystone"], Text = "ip & dns" };

        var query = FilterQuery.ToQueryString(filter);

        Assert.Equal("?room=windsor-bc&day=2012-10-15&track=quantum&track=keystone&q=ip%20%26%20dns", query);
        Assert.Equal(filter.Tracks, Parse(query).Filter.Tracks);
        Assert.Equal("ip & dns", Parse(query).Filter.Text);
    }

    [Fact]
    public void NoFilterHasNoQueryString()
    {
        Assert.Equal("", FilterQuery.ToQueryString(ScheduleFilter.None));
    }

    [Fact]
    public void EachChipRemovesOnlyItsOwnValue()
    {
        var filter = new ScheduleFilter { Tracks = ["quantum", "keystone"], Text = "dns" };

        var chips = ActiveFilters.Describe(filter, seed.Schedule);

        Assert.Equal(["Track: Quantum", "Track: Keystone", "Search: “dns”"], chips.Select(c => c.Label));
        Assert.Equal("?track=keystone&q=dns", FilterQuery.ToQueryString(chips[0].Without));
        Assert.Equal("?track=quantum&track=keystone", FilterQuery.ToQueryString(chips[2].Without));
    }
}
