using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Interest;

/// <summary>The session editor's saved message is true to where the session went.</summary>
public sealed class SavedMessageTests
{
    [Fact]
    public void TakingASessionOffTheScheduleSaysItLeftThePublicSchedule()
    {
        Assert.Equal(
            "Saved as unscheduled. It is no longer on the public schedule, and calendars show it cancelled.",
            SavedMessage.For(waitsForRelease: false, wasScheduled: true, isScheduled: false));
    }

    [Fact]
    public void TakingASessionOffTheScheduleInTheWorkingCopySaysItLeavesWithTheRelease()
    {
        Assert.StartsWith(
            "Saved to the working copy as unscheduled. It leaves the public schedule once released",
            SavedMessage.For(waitsForRelease: true, wasScheduled: true, isScheduled: false),
            StringComparison.Ordinal);
    }

    [Fact]
    public void KeepingASessionUnscheduledSaysAttendeesDoNotSeeIt()
    {
        Assert.StartsWith("Saved as unscheduled: organizers see it here, attendees do not", SavedMessage.For(false, false, false), StringComparison.Ordinal);
    }

    [Fact]
    public void AScheduledSessionsSaveSaysWhereItShows()
    {
        Assert.Equal("Saved. The public schedule and calendars show it now.", SavedMessage.For(false, true, true));
    }
}
