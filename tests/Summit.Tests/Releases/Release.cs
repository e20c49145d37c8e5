namespace Summit.Tests.Releases;

/// <summary>Published schedules holding just the sessions a test names, in the order attendees read them.</summary>
internal static class Release
{
    private static readonly EventInfo Event = new("Summit", null, "San Diego", "America/Los_Angeles", null, null, null);

    public static PublishedSchedule Of(params ScheduledSession[] sessions) =>
        new(Event, [.. sessions.Select(s => s.Day).Distinct().Order()], [], [], [], [.. ScheduleOrder.Sort(sessions)]);
}
