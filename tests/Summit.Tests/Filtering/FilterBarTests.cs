using Bunit;
using Summit.Core.Filtering;
using Summit.Web.Filtering;

namespace Summit.Tests.Filtering;

public sealed class FilterBarTests(SeedScheduleFixture seed) : SummitBunitContext, IClassFixture<SeedScheduleFixture>
{
    [Fact]
    public void BarIsAGetFormThatWorksWithoutJavaScript()
    {
        // Arrange
        var result = seed.Index.Apply(ScheduleFilter.None);

        // Act
        var cut = Render<FilterBar>(p => p.Add(c => c.Filter, ScheduleFilter.None).Add(c => c.Facets, result.Facets));

        // Assert
        var form = cut.Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/", form.GetAttribute("action"));
        Assert.NotEmpty(cut.FindAll("button[type=submit]"));
        Assert.Equal("q", cut.Find("input[type=search]").GetAttribute("name"));
    }

    [Fact]
    public void ChoicesShowTheirCounts()
    {
        var result = seed.Index.Apply(ScheduleFilter.None);

        var cut = Render<FilterBar>(p => p.Add(c => c.Filter, ScheduleFilter.None).Add(c => c.Facets, result.Facets));

        Assert.Equal("Keystone (6)", cut.Find("label[for=facet-track-keystone]").TextContent.Trim());
        Assert.Equal("Quantum (22)", cut.Find("label[for=facet-track-quantum]").TextContent.Trim());
    }

    [Fact]
    public void ChoicesThatGiveNothingAreHidden()
    {
        var filter = new ScheduleFilter { Tracks = ["keystone"] };
        var result = seed.Index.Apply(filter);

        var cut = Render<FilterBar>(p => p.Add(c => c.Filter, filter).Add(c => c.Facets, result.Facets));

        Assert.Empty(cut.FindAll("#facet-day-2012-10-15"));
        Assert.Single(cut.FindAll("#facet-day-2012-10-18"));
        Assert.Empty(cut.FindAll("#facet-kind-split"));
    }

    [Fact]
    public void ChosenValuesAreTickedAndCounted()
    {
        var filter = new ScheduleFilter { Tracks = ["keystone"] };
        var result = seed.Index.Apply(filter);

        var cut = Render<FilterBar>(p => p.Add(c => c.Filter, filter).Add(c => c.Facets, result.Facets));

        Assert.True(cut.Find("#facet-track-keystone").HasAttribute("checked"));
        Assert.False(cut.Find("#facet-track-quantum").HasAttribute("checked"));
        Assert.Contains("(1 active)", cut.Find("summary").TextContent);
    }

    [Fact]
    public void SearchBoxKeepsTheText()
    {
        var filter = new ScheduleFilter { Text = "ipv6" };

        var cut = Render<FilterBar>(p => p.Add(c => c.Filter, filter).Add(c => c.Facets, seed.Index.Apply(filter).Facets));

        Assert.Equal("ipv6", cut.Find("input[type=search]").GetAttribute("value"));
    }

    [Fact]
    public void ChipsLinkToTheViewWithoutThemAndClearLinksToAll()
    {
        var filter = new ScheduleFilter { Tracks = ["keystone"], Text = "pki" };

        var cut = Render<ActiveFilterChips>(p => p.Add(c => c.Chips, ActiveFilters.Describe(filter, seed.Schedule)));

        var chips = cut.FindAll("a.filter-chip");
        Assert.Equal("/?q=pki", chips[0].GetAttribute("href"));
        Assert.Equal("Remove filter Track: Keystone", chips[0].GetAttribute("aria-label"));
        Assert.Equal("/?track=keystone", chips[1].GetAttribute("href"));
        Assert.Equal("/", cut.Find("a.filter-clear").GetAttribute("href"));
    }

    [Fact]
    public void NoChipsWithoutFilters()
    {
        var cut = Render<ActiveFilterChips>(p => p.Add(c => c.Chips, []));

        Assert.Empty(cut.FindAll("a"));
    }

    [Fact]
    public void EmptyResultSaysSoAndOffersToClear()
    {
        var result = seed.Index.Apply(new ScheduleFilter { Tracks = ["keystone"], Days = [new DateOnly(2012, 10, 15)] });

        var cut = Render<FilterResultSummary>(p => p.Add(c => c.Result, result));

        Assert.Equal("Showing 0 of 28 sessions", cut.Find(".filter-summary").TextContent.Trim());
        Assert.Contains("No sessions match these filters", cut.Find(".filter-empty h2").TextContent);
        Assert.Equal("/", cut.Find(".filter-empty a").GetAttribute("href"));
    }

    [Fact]
    public void ProblemsAreListedInWords()
    {
        var problems = new[] { new FilterProblem(Facet.Room, "nowhere", "There is no room “nowhere”.") };

        var cut = Render<FilterProblems>(p => p.Add(c => c.Problems, problems));

        Assert.Equal("There is no room “nowhere”.", cut.Find("li").TextContent);
    }
}
