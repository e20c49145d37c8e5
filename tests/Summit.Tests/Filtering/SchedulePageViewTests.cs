using Summit.Core.Filtering;
using Summit.Core.Generation;

namespace Summit.Tests.Filtering;

/// <summary>What the schedule page shows is decided in one place, without a web server.</summary>
public sealed class SchedulePageViewTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private const int Threshold = ScheduleViewOptions.DefaultDayThresholdDefault;
    private static readonly PublishedSchedule Large = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 400, Rooms: 10, Days: 4));
    private static readonly FilterIndex LargeIndex = FilterIndex.Build(Large);
    private static readonly DateOnly Wednesday = new(2012, 10, 17);

    private static ParsedFilter Asked(ScheduleFilter filter) => new(filter, []);

    [Fact]
    public void AVisitorWhoAsksForNothingOnALargeEventSeesTodayWhileTheBarAndTheFeedCoverEveryDay()
    {
        // Act
        var view = SchedulePageView.Decide(Large, LargeIndex, Asked(ScheduleFilter.None), Wednesday, Threshold);

        // Assert
        Assert.True(view.OpensOnOneDay);
        Assert.True(view.OnOpeningDay);
        Assert.Equal([Wednesday], view.Filter.Days);
        Assert.All(view.Result.Sessions, s => Assert.Equal(Wednesday, s.Day));
        Assert.Equal(Large.Sessions.Count, view.FormFacets.Days.Sum(d => d.Count));
        Assert.Same(ScheduleFilter.None, view.FeedFilter);
        Assert.Equal(Large.Sessions.Count, view.FeedCount);
        Assert.Equal([Wednesday], view.Days.Select(d => d.Date));
    }

    [Fact]
    public void AVisitorWhoChoosesATrackOnALargeEventSeesItOnEveryDayAndSubscribesToWhatTheySee()
    {
        // Arrange
        var track = Large.Tracks[0].Slug;

        // Act
        var view = SchedulePageView.Decide(Large, LargeIndex, Asked(new ScheduleFilter { Tracks = [track] }), Wednesday, Threshold);

        // Assert
        Assert.False(view.OnOpeningDay);
        Assert.True(view.Filter.AllDays);
        Assert.Empty(view.Filter.Days);
        Assert.Equal(view.Filter, view.FeedFilter);
        Assert.Equal(view.Result.Sessions.Count, view.FeedCount);
        Assert.Equal(Large.Sessions.Count(s => s.Track?.Slug == track), view.FeedCount);
        Assert.Contains(view.Chips, c => c.Facet == Facet.Track);
    }

    [Fact]
    public void TheOpeningDayOfTheCacheKeyIsTheDayThePageShows()
    {
        // Act
        var view = SchedulePageView.Decide(Large, LargeIndex, Asked(ScheduleFilter.None), new DateOnly(2012, 10, 1), Threshold);

        // Assert: before the event, both say its first day
        Assert.Equal(view.Filter.Days, [DefaultDayView.OpeningDay(Large, new DateOnly(2012, 10, 1), Threshold)!.Value]);
        Assert.Equal([new DateOnly(2012, 10, 15)], view.Filter.Days);
    }

    [Fact]
    public void ALowerThresholdMakesTheSeededEventOpenOnOneDay()
    {
        // Arrange
        var firstDay = seed.Schedule.Days.Min();

        // Act
        var byDefault = SchedulePageView.Decide(seed.Schedule, seed.Index, Asked(ScheduleFilter.None), firstDay, Threshold);
        var lowered = SchedulePageView.Decide(seed.Schedule, seed.Index, Asked(ScheduleFilter.None), firstDay, defaultDayThreshold: 10);

        // Assert
        Assert.False(byDefault.OpensOnOneDay);
        Assert.Equal(seed.Schedule.Sessions.Count, byDefault.Result.Sessions.Count);
        Assert.True(lowered.OpensOnOneDay);
        Assert.Equal([firstDay], lowered.Filter.Days);
        Assert.True(lowered.Result.Sessions.Count < seed.Schedule.Sessions.Count);
    }

    [Fact]
    public void ValuesThatCannotBeAppliedAreHandedToThePage()
    {
        // Arrange
        var parsed = FilterQuery.Parse(name => name == "room" ? ["no-such-room"] : [], seed.Index);

        // Act
        var view = SchedulePageView.Decide(seed.Schedule, seed.Index, parsed, seed.Schedule.Days.Min(), Threshold);

        // Assert
        Assert.Single(view.Problems);
        Assert.Equal(seed.Schedule.Sessions.Count, view.Result.Sessions.Count);
    }
}
