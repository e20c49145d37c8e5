
namespace Summit.Data.Instances;

/// <summary>The entities the published schedule is read from: a change to any of them is a change to the schedule.</summary>
internal static class ScheduleEntities
{
    private static readonly HashSet<Type> Types =
        [typeof(Conference), typeof(Day), typeof(TimeSlot), typeof(Room), typeof(Track), typeof(Person), typeof(Session), typeof(SessionLead), typeof(SessionSubject), typeof(SessionSlugAlias),
         typeof(RoomSlugAlias), typeof(TrackSlugAlias), typeof(DayDateAlias), typeof(RemovedSession), typeof(RemovedSessionAgenda), typeof(Releases.Release)];

    public static bool Contains(Type type) => Types.Contains(type);

    /// <summary>
    /// Whether a save of <paramref name="type"/> changes what this instance serves. A release this instance wrote was
    /// made from the snapshot it is building, so only the other instances need telling; an organizer's release tells this
    /// one itself.
    /// </summary>
    public static bool ChangesLocalSnapshot(Type type) => Types.Contains(type) && type != typeof(Releases.Release);
}
