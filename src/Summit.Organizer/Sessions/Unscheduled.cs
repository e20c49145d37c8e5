namespace Summit.Organizer.Sessions;

/// <summary>How the organizer area names a session without a room and slot, wherever it lists or records one.</summary>
public static class Unscheduled
{
    /// <summary>In the sessions table's room and time columns, and in the history of a session taken off the schedule.</summary>
    public const string Label = "Unscheduled";

    /// <summary>The choice in the session form's room list.</summary>
    public const string Choice = "Unscheduled (not on the schedule)";
}
