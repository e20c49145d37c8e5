using Summit.Core.Releases;

namespace Summit.Tests.Releases;

public sealed class SessionChangeTextTests
{
    private static readonly DateOnly Tuesday = new(2012, 10, 16);
    private static readonly DateOnly Wednesday = new(2012, 10, 17);
    private static readonly NamedRef KentA = new("kent-a", "Kent A");
    private static readonly NamedRef WindsorBc = new("windsor-bc", "Windsor BC");

    private static ScheduledSession Session(string title = "Heat management") =>
        new SessionBuilder().Titled(title).At(Tuesday, new TimeOnly(11, 0), new TimeOnly(11, 40)).InRoom(KentA.Slug, KentA.Name).Build();

    private static SessionChange Change(ScheduledSession was, ScheduledSession now) =>
        Assert.Single(ScheduleDiff.Compare(Release.Of(was), Release.Of(now)));

    private static SessionChange Moved(DateOnly day, int hour, int minute, NamedRef room)
    {
        var was = Session();
        var start = new TimeOnly(hour, minute);
        return Change(was, was with { Day = day, Start = start, End = start.AddMinutes(40), Room = room });
    }

    [Fact]
    public void AMoveToAnotherDaySaysFromWhenToWhen()
    {
        var change = Moved(Wednesday, 14, 40, KentA);

        Assert.Equal("Moved from Tue 16 Oct 11:00am to Wed 17 Oct 2:40pm", SessionChangeText.Sentence(change));
        Assert.Equal("moved to Wed 2:40pm", SessionChangeText.Mark(change));
    }

    [Fact]
    public void AMoveToAnotherDayAndRoomNamesTheRoom()
    {
        var change = Moved(Wednesday, 14, 40, WindsorBc);

        Assert.Equal("Moved from Tue 16 Oct 11:00am to Wed 17 Oct 2:40pm in Windsor BC", SessionChangeText.Sentence(change));
        Assert.Equal("moved to Wed 2:40pm in Windsor BC", SessionChangeText.Mark(change));
    }

    [Fact]
    public void AMoveWithinTheDayNamesTheDayOnce()
    {
        var change = Moved(Tuesday, 14, 40, KentA);

        Assert.Equal("Moved on Tue 16 Oct from 11:00am to 2:40pm", SessionChangeText.Sentence(change));
        Assert.Equal("moved to 2:40pm", SessionChangeText.Mark(change));
    }

    [Fact]
    public void AMoveToAnotherRoomAloneNamesBothRooms()
    {
        var change = Moved(Tuesday, 11, 0, WindsorBc);

        Assert.Equal("Moved from Kent A to Windsor BC", SessionChangeText.Sentence(change));
        Assert.Equal("moved to Windsor BC", SessionChangeText.Mark(change));
    }

    [Fact]
    public void ALaterEndSaysWhenItNowEnds()
    {
        var was = Session();

        var change = Change(was, was with { End = new TimeOnly(12, 0) });

        Assert.Equal("Now ends at 12:00pm instead of 11:40am", SessionChangeText.Sentence(change));
        Assert.Equal("now ends 12:00pm", SessionChangeText.Mark(change));
    }

    [Fact]
    public void ACancelledSessionSaysSo()
    {
        var was = Session();

        var change = Change(was, was with { Status = SessionStatus.Cancelled });

        Assert.Equal("Cancelled", SessionChangeText.Sentence(change));
        Assert.Equal("cancelled", SessionChangeText.Mark(change));
    }

    [Fact]
    public void AReinstatedSessionSaysItIsNoLongerCancelled()
    {
        var was = Session() with { Status = SessionStatus.Cancelled };

        var change = Change(was, was with { Status = SessionStatus.Confirmed });

        Assert.Equal("No longer cancelled", SessionChangeText.Sentence(change));
        Assert.Equal("no longer cancelled", SessionChangeText.Mark(change));
    }

    [Fact]
    public void ANewSessionSaysItWasAdded()
    {
        var change = Assert.Single(ScheduleDiff.Compare(Release.Of(), Release.Of(Session())));

        Assert.Equal("Added to the schedule", SessionChangeText.Sentence(change));
        Assert.Equal("new", SessionChangeText.Mark(change));
    }

    [Fact]
    public void ARemovedSessionSaysItIsGone()
    {
        var change = Assert.Single(ScheduleDiff.Compare(Release.Of(Session()), Release.Of()));

        Assert.Equal("Removed from the schedule", SessionChangeText.Sentence(change));
        Assert.Equal("removed from the schedule", SessionChangeText.Mark(change));
    }

    [Fact]
    public void AMergedSessionNamesWhereItWent()
    {
        var merged = Session();
        var after = Release.Of() with
        {
            Removed = [new CancelledSession(merged, new DateTime(2012, 10, 14, 0, 0, 0, DateTimeKind.Utc), new NamedRef("cooling", "Cooling"), [])],
        };

        var change = Assert.Single(ScheduleDiff.Compare(Release.Of(merged), after));

        Assert.Equal("Merged into “Cooling”", SessionChangeText.Sentence(change));
        Assert.Equal("merged into “Cooling”", SessionChangeText.Mark(change));
    }

    [Fact]
    public void ARetitledSessionGivesItsOldTitle()
    {
        var was = Session("Heat management");

        var change = Change(was, was with { Title = "Cooling" });

        Assert.Equal("Retitled from “Heat management”", SessionChangeText.Sentence(change));
        Assert.Equal("retitled", SessionChangeText.Mark(change));
    }

    [Fact]
    public void LeadChangesNameThePeople()
    {
        var was = new SessionBuilder().LedBy("Bob Smith").LedBy("Cy Young").LedBy("Dee Ek", tentative: true).Build();
        var now = new SessionBuilder().LedBy("Cy Young", tentative: true).LedBy("Dee Ek").LedBy("Ann Lee").Build() with { Uid = was.Uid };

        var change = Change(was, now);

        Assert.Equal(
            "Leads changed: Cy Young now tentative, Dee Ek now confirmed, Ann Lee added, Bob Smith removed",
            SessionChangeText.Sentence(change));
        Assert.Equal("leads changed: Cy Young tentative, Dee Ek confirmed, +Ann Lee, \u2212Bob Smith", SessionChangeText.Mark(change));
    }

    [Fact]
    public void SubjectChangesNameTheSubjectsInTheSentence()
    {
        var was = new SessionBuilder().WithSubject("Fans", "Loud").WithSubject("Racks", "Hot").Build();
        var now = new SessionBuilder().WithSubject("Racks", "Very hot").WithSubject("Pumps", "Wet").Build() with { Uid = was.Uid };

        var change = Change(was, now);

        Assert.Equal("Subjects changed: “Racks” updated, “Pumps” added, “Fans” removed", SessionChangeText.Sentence(change));
        Assert.Equal("subjects changed", SessionChangeText.Mark(change));
    }

    [Fact]
    public void ANewDescriptionSaysItWasUpdated()
    {
        var was = Session();

        var change = Change(was, was with { Description = "Racks run hot." });

        Assert.Equal("Description updated", SessionChangeText.Sentence(change));
        Assert.Equal("description updated", SessionChangeText.Mark(change));
    }

    [Fact]
    public void SeveralChangesReadAsOneSentence()
    {
        var was = Session("Heat management");
        var now = was with { Title = "Cooling", Day = Wednesday, Start = new TimeOnly(14, 40), End = new TimeOnly(15, 20), Description = "New" };

        var change = Change(was, now);

        Assert.Equal(
            "Moved from Tue 16 Oct 11:00am to Wed 17 Oct 2:40pm; retitled from “Heat management”; description updated",
            SessionChangeText.Sentence(change));
        Assert.Equal("moved to Wed 2:40pm; retitled; description updated", SessionChangeText.Mark(change));
    }

    [Fact]
    public void ACancelledSessionThatAlsoMovedIsMarkedOnlyCancelled()
    {
        var was = Session();

        var change = Change(was, was with { Day = Wednesday, Status = SessionStatus.Cancelled });

        Assert.Equal("Cancelled; moved from Tue 16 Oct 11:00am to Wed 17 Oct 11:00am", SessionChangeText.Sentence(change));
        Assert.Equal("cancelled", SessionChangeText.Mark(change));
    }
}
