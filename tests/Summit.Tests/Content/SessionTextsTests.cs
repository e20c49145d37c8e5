using Summit.Core.Calendar;
using Summit.Core.Content;

namespace Summit.Tests.Content;

public sealed class SessionTextsTests
{
    private static readonly EventInfo Event = new("Summit", null, "San Diego", "America/Los_Angeles", null, null, null);

    private static PublishedSchedule ScheduleOf(params ScheduledSession[] sessions) =>
        new(Event, [.. sessions.Select(s => s.Day).Distinct()], [], [], [], sessions);

    [Fact]
    public void AnExcerptIsMadeOnceAndSharedByEveryReaderOfTheSnapshot()
    {
        // Arrange
        var session = new SessionBuilder().WithDescription("Gaps in **Folsom**:\n\n- multi_host\n- metadata").Build();
        var texts = new SessionTexts(ScheduleOf(session));

        // Act
        var excerpts = new string[64];
        Parallel.For(0, excerpts.Length, i => excerpts[i] = texts.ExcerptOf(session));

        // Assert
        Assert.Equal("Gaps in Folsom: multi_host; metadata", excerpts[0]);
        Assert.All(excerpts, excerpt => Assert.Same(excerpts[0], excerpt));
    }

    [Fact]
    public void AFeedDescriptionIsMadeOnceAndSharedByEveryFeedOfTheSnapshot()
    {
        var session = new SessionBuilder().WithDescription("Top **priority**").LedBy("Youcef").Build();
        var texts = new SessionTexts(ScheduleOf(session));

        var first = texts.FeedDescriptionOf(session);
        var again = texts.FeedDescriptionOf(session);

        Assert.Equal("Top priority\n\nLead: Youcef\n", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void ANewSnapshotsTextsShowTheEditedDescription()
    {
        // Arrange
        var before = new SessionBuilder().WithDescription("Old plan").Build();
        var after = before with { Description = "New plan" };
        var oldTexts = new SessionTexts(ScheduleOf(before));
        _ = oldTexts.ExcerptOf(before);

        // Act
        var newTexts = new SessionTexts(ScheduleOf(after));

        // Assert
        Assert.Equal("New plan", newTexts.ExcerptOf(after));
        Assert.StartsWith("New plan\n\n", newTexts.FeedDescriptionOf(after), StringComparison.Ordinal);
        Assert.Equal("Old plan", oldTexts.ExcerptOf(before));
    }

    [Fact]
    public void ASessionOfAnotherScheduleGetsItsOwnTextsNotAnEqualOnesKeptTexts()
    {
        // Arrange: an equal copy is another session object, which the texts do not know
        var session = new SessionBuilder().WithDescription("Kept").Build();
        var texts = new SessionTexts(ScheduleOf(session));
        var elsewhere = session with { Description = "Elsewhere" };

        // Act
        var excerpt = texts.ExcerptOf(elsewhere);

        // Assert
        Assert.Equal("Elsewhere", excerpt);
        Assert.Equal("Kept", texts.ExcerptOf(session));
    }

    [Fact]
    public void WarmedTextsAreTheOnesReadersGet()
    {
        // Arrange
        var sessions = Enumerable.Range(0, 20).Select(i => new SessionBuilder().Titled($"S{i}", $"s{i}").WithDescription($"Text *{i}*").Build()).ToArray();
        var texts = new SessionTexts(ScheduleOf(sessions));

        // Act
        texts.Warm();

        // Assert
        Assert.All(sessions, s => Assert.Same(texts.ExcerptOf(s), texts.ExcerptOf(s)));
        Assert.Equal(["Text 0", "Text 19"], [texts.ExcerptOf(sessions[0]), texts.ExcerptOf(sessions[19])]);
    }

    [Fact]
    public void AFeedWrittenWithTheSnapshotsTextsIsTheFeedWrittenWithout()
    {
        // Arrange
        var sessions = new[]
        {
            new SessionBuilder().Titled("One", "one").WithDescription("A [link](https://example.org) and `code`").Build(),
            new SessionBuilder().Titled("Two", "two").OfKind(SessionKind.Split).WithSubject("Part", "- a\n- b").LedBy("Ann", tentative: true).Build(),
        };
        var schedule = ScheduleOf(sessions);
        var feed = new FeedDescription("Feed", new Uri("https://summit.example/"), TimeSpan.FromHours(1));
        var texts = new SessionTexts(schedule);

        // Act
        var withTexts = IcsWriter.Write(Event, sessions, feed, texts);
        var again = IcsWriter.Write(Event, sessions, feed, texts);

        // Assert
        var without = IcsWriter.Write(Event, sessions, feed);
        Assert.Equal(without, withTexts);
        Assert.Equal(without, again);
    }

    [Fact]
    public void AnUnchangedSessionsTextsAreTakenOverFromThePreviousSnapshot()
    {
        // Arrange: a warmed snapshot, then the next one with every session a new object of the same words
        var session = new SessionBuilder().WithDescription("Top **priority**").LedBy("Youcef").Build();
        var previous = new SessionTexts(ScheduleOf(session));
        previous.Warm();
        var again = session with { };

        // Act
        var next = new SessionTexts(ScheduleOf(again), previous);

        // Assert: the very strings, not texts made again from Markdown
        Assert.Same(previous.FeedDescriptionOf(session), next.FeedDescriptionOf(again));
        Assert.Same(previous.ExcerptOf(session), next.ExcerptOf(again));
    }

    [Fact]
    public void AnEditedSessionsTextsAreMadeAgainInTheNextSnapshot()
    {
        // Arrange
        var session = new SessionBuilder().WithDescription("Top **priority**").LedBy("Youcef").Build();
        var previous = new SessionTexts(ScheduleOf(session));
        previous.Warm();
        var edited = session with { Description = "Low priority", Leads = [new LeadInfo("garyk", "Gary Kotton", IsTentative: true)] };

        // Act
        var next = new SessionTexts(ScheduleOf(edited), previous);

        // Assert
        Assert.Equal("Low priority\n\nLead: Gary Kotton (tentative)\n", next.FeedDescriptionOf(edited));
        Assert.Equal("Low priority", next.ExcerptOf(edited));
    }

    [Fact]
    public void ALeadChangeAloneMakesTheFeedDescriptionAgain()
    {
        // Arrange
        var session = new SessionBuilder().WithDescription("Top priority").LedBy("Youcef").Build();
        var previous = new SessionTexts(ScheduleOf(session));
        previous.Warm();
        var relead = session with { Leads = [new LeadInfo("garyk", "Gary Kotton", IsTentative: false)] };

        // Act
        var next = new SessionTexts(ScheduleOf(relead), previous);

        // Assert
        Assert.Equal("Top priority\n\nLead: Gary Kotton\n", next.FeedDescriptionOf(relead));
    }
}
