using Summit.Core.Generation;

namespace Summit.Tests.Generation;

public sealed class ScheduleGeneratorTests
{
    private static readonly GeneratorOptions Small = new(Sessions: 300, Rooms: 25, Days: 4);

    [Fact]
    public void SameOptionsGiveTheSameSchedule()
    {
        // Arrange
        var options = Small with { Seed = 7 };

        // Act
        var first = ScheduleGenerator.Generate(options);
        var second = ScheduleGenerator.Generate(options);

        // Assert
        Assert.Equal(first.Sessions.Select(s => s.Title), second.Sessions.Select(s => s.Title));
        Assert.Equal(first.Sessions.Select(s => s.Slug), second.Sessions.Select(s => s.Slug));
        Assert.Equal(first.Sessions.Select(s => s.Description), second.Sessions.Select(s => s.Description));
        Assert.Equal(first.Sessions.Select(Placement), second.Sessions.Select(Placement));
        Assert.Equal(first.People, second.People);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentSchedules()
    {
        var first = ScheduleGenerator.Generate(Small with { Seed = 1 });
        var second = ScheduleGenerator.Generate(Small with { Seed = 2 });

        Assert.NotEqual(first.Sessions.Select(s => s.Title), second.Sessions.Select(s => s.Title));
    }

    [Fact]
    public void RequestedSessionRoomAndDayCountsAreMet()
    {
        // Arrange
        var options = new GeneratorOptions(Sessions: 301, Rooms: 7, Days: 3);

        // Act
        var schedule = ScheduleGenerator.Generate(options);

        // Assert
        Assert.Equal(301, schedule.Sessions.Count);
        Assert.Equal(7, schedule.Rooms.Count);
        Assert.Equal([new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 16), new DateOnly(2012, 10, 17)], schedule.Days);
        Assert.Equal(schedule.Days[^1], schedule.LastDay);
        Assert.Equal("America/Los_Angeles", schedule.Event.TimeZoneId);
        Assert.All(schedule.Sessions, s => Assert.Contains(s.Day, schedule.Days));
        Assert.All(schedule.Sessions, s => Assert.Contains(s.Room, schedule.Rooms));
    }

    [Fact]
    public void NoRoomIsBookedTwiceInTheSameSlot()
    {
        var schedule = ScheduleGenerator.Generate(Small);

        var doubleBooked = schedule.Sessions.GroupBy(s => (s.Room.Slug, s.Day, s.Start)).Where(g => g.Count() > 1);

        Assert.Empty(doubleBooked);
    }

    [Fact]
    public void SessionsInOneRoomNeverOverlap()
    {
        var schedule = ScheduleGenerator.Generate(Small);

        var overlaps = schedule.Sessions
            .GroupBy(s => (s.Room.Slug, s.Day))
            .SelectMany(room => room.OrderBy(s => s.Start).Zip(room.OrderBy(s => s.Start).Skip(1)))
            .Where(pair => pair.Second.Start < pair.First.End);

        Assert.Empty(overlaps);
    }

    [Fact]
    public void SlugsAndIdsAreUnique()
    {
        var schedule = ScheduleGenerator.Generate(Small);

        Assert.Equal(schedule.Sessions.Count, schedule.Sessions.Select(s => s.Slug).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(schedule.Sessions.Count, schedule.Sessions.Select(s => s.Id).Distinct().Count());
        Assert.Equal(schedule.Rooms.Count, schedule.Rooms.Select(r => r.Slug).Distinct().Count());
        Assert.Equal(schedule.People.Count, schedule.People.Select(p => p.Slug).Distinct().Count());
    }

    [Fact]
    public void SessionsComeInScheduleOrder()
    {
        var schedule = ScheduleGenerator.Generate(Small);

        Assert.Equal(ScheduleOrder.Sort(schedule.Sessions).Select(s => s.Id), schedule.Sessions.Select(s => s.Id));
    }

    [Fact]
    public void SplitSessionsShareTheirSlotBetweenAtLeastTwoSubjects()
    {
        var schedule = ScheduleGenerator.Generate(Small);

        var split = schedule.Sessions.Where(s => s.Kind == SessionKind.Split).ToList();

        Assert.NotEmpty(split);
        Assert.All(split, s => Assert.InRange(s.Subjects.Count, 2, 3));
        Assert.Contains(schedule.Sessions, s => s.IsMerged);
    }

    [Fact]
    public void DescriptionsAreMarkdownWithABulletList()
    {
        var schedule = ScheduleGenerator.Generate(Small);

        Assert.All(schedule.Sessions, s =>
        {
            Assert.Contains("\n- ", s.Description, StringComparison.Ordinal);
            Assert.Contains("\n\n", s.Description, StringComparison.Ordinal);
            Assert.InRange(s.Description.Length, 600, 1500);
        });
        Assert.Contains(schedule.Sessions, s => s.Description.Contains("\n1) ", StringComparison.Ordinal));
        Assert.Contains(schedule.Sessions, s => s.Description.Contains("https://example.org/", StringComparison.Ordinal));
    }

    [Fact]
    public void SomeDescriptionsHaveAccentedWordsForAccentInsensitiveSearch()
    {
        var schedule = ScheduleGenerator.Generate(Small);

        Assert.Contains(schedule.Sessions, s => s.Description.Contains("café", StringComparison.Ordinal));
        Assert.Contains(schedule.Sessions, s => s.Description.Contains("réseau", StringComparison.Ordinal));
    }

    [Fact]
    public void LargeSchedulesStillEndEveryDayBeforeMidnight()
    {
        var schedule = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 5000, Rooms: 25, Days: 4));

        var slotsPerDay = schedule.Sessions.GroupBy(s => s.Day).Select(day => day.Select(s => s.Start).Distinct().Count());

        Assert.Equal(5000, schedule.Sessions.Count);
        Assert.All(slotsPerDay, count => Assert.Equal(50, count));
        Assert.All(schedule.Sessions, s => Assert.True(s.Start >= new TimeOnly(9, 0) && s.End > s.Start, $"{s.Slug} runs {s.Start}–{s.End}"));
    }

    [Fact]
    public void SessionsThatCannotFitInADayAreRefused()
    {
        var options = new GeneratorOptions(Sessions: 10_000, Rooms: 2, Days: 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => ScheduleGenerator.Generate(options));
    }

    private static (string Room, DateOnly Day, TimeOnly Start, string? Track, SessionKind Kind, SessionStatus Status, int Leads, int Subjects) Placement(ScheduledSession s) =>
        (s.Room.Slug, s.Day, s.Start, s.Track?.Slug, s.Kind, s.Status, s.Leads.Count, s.Subjects.Count);
}
