namespace Summit.Organizer.Sessions;

/// <summary>
/// What the session editor says after a save, true to where the change goes: straight to attendees or to the working
/// copy, and whether the session left the public schedule, joined it, or was kept unscheduled.
/// </summary>
public static class SavedMessage
{
    /// <param name="waitsForRelease">Saves reach attendees only when released.</param>
    /// <param name="wasScheduled">The session had a room and slot before the save (false for a new one).</param>
    /// <param name="isScheduled">It has a room and slot now.</param>
    public static string For(bool waitsForRelease, bool wasScheduled, bool isScheduled) => (wasScheduled, isScheduled) switch
    {
        (true, false) => waitsForRelease
            ? "Saved to the working copy as unscheduled. It leaves the public schedule once released on the Releases page; calendars then show it cancelled."
            : "Saved as unscheduled. It is no longer on the public schedule, and calendars show it cancelled.",
        (false, false) => "Saved as unscheduled: organizers see it here, attendees do not until it gets a room and a time slot.",
        _ => waitsForRelease
            ? "Saved to the working copy. Attendees see it once it is released on the Releases page."
            : "Saved. The public schedule and calendars show it now.",
    };
}
