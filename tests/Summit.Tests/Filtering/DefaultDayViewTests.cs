using Summit.Core.Filtering;
using Summit.Core.Generation;

namespace Summit.Tests.Filtering;

public sealed class DefaultDayViewTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private static readonly PublishedSchedule Large = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 400, Rooms: 10, Days: 4));
    private static readonly DateOnly Before = new(2012, 10, 1);
    private static readonly DateOnly Wednesday = new(2012, 10, 17);

    [Fact]
    public void ASmallEventShowsEveryDay()
    {
        Assert.False(DefaultDayView.Applies(seed.Schedule));
        Assert.Same(ScheduleFilter.None, DefaultDayView.Apply(ScheduleFilter.None, seed.Schedule, Wednesday));
    }

    [Fact]
    public void ALargeEventOpensOnTodayDuringTheEventAndOnItsFirstDayOtherwise()
    {
        var during = DefaultDayView.Apply(ScheduleFilter.None, Large, Wednesday);
        var before = DefaultDayView.Apply(ScheduleFilter.None, Large, Before);

        Assert.True(DefaultDayView.Applies(Large));
        Assert.Equal([Wednesday], during.Days);
        Assert.Equal([new DateOnly(2012, 10, 15)], before.Days);
        // So that removing the day shows every day, not the opening day again.
        Assert.Equal("?day=all", FilterQuery.ToQueryString(during with { Days = [] }));
    }

    [Fact]
    public void AnyChoiceOfTheVisitorCoversTheDaysTheyChoseOrEveryDay()
    {
        var chosen = new ScheduleFilter { Days = [new DateOnly(2012, 10, 16)] };
        var search = new ScheduleFilter { Text = "keystone" };
        var all = new ScheduleFilter { AllDays = true };

        Assert.Equal([new DateOnly(2012, 10, 16)], DefaultDayView.Apply(chosen, Large, Wednesday).Days);
        Assert.Empty(DefaultDayView.Apply(search, Large, Wednesday).Days);
        Assert.Same(all, DefaultDayView.Apply(all, Large, Wednesday));
        // Dropping the chosen day from a link must show every day, not the opening day.
        Assert.Equal("?day=all", FilterQuery.ToQueryString(DefaultDayView.Apply(chosen, Large, Wednesday) with { Days = [] }));
    }

    [Theory]
    [InlineData("all", new string[0], true)]
    [InlineData("ALL", new string[0], true)]
    [InlineData("all,2012-10-16", new[] { "2012-10-16" }, true)]
    [InlineData("2012-10-16", new[] { "2012-10-16" }, false)]
    public void DayAllIsPartOfTheUrlContract(string values, string[] days, bool allDays)
    {
        var index = FilterIndex.Build(Large);

        var parsed = FilterQuery.Parse(name => name == "day" ? values.Split(',') : [], index);

        Assert.Empty(parsed.Problems);
        Assert.Equal(days.Select(d => DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture)), parsed.Filter.Days);
        Assert.Equal(allDays, parsed.Filter.AllDays);
        Assert.Equal(days.Length > 0 ? $"?day={days[0]}" : "?day=all", FilterQuery.ToQueryString(parsed.Filter));
    }
}
