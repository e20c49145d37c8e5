namespace Summit.Core.Editing;

/// <summary>One saved change of the schedule, for the history organizers read: who, when, what, old and new values.</summary>
public class ScheduleChange
{
    public int Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string User { get; set; }

    /// <summary>"Session", "Room", "Day", "TimeSlot", "Track".</summary>
    public required string EntityType { get; set; }

    public int EntityId { get; set; }

    /// <summary>What the entity was called at the time, so the history reads well after a rename or delete.</summary>
    public required string EntityLabel { get; set; }

    /// <summary>"Created", "Updated", "Cancelled", "Deleted", "Merged", "Split out"; from the planner "Moved", "Scheduled", "Unscheduled", "Swapped".</summary>
    public required string Action { get; set; }

    public List<FieldChange> Fields { get; set; } = [];
}

public sealed record FieldChange(string Field, string? Old, string? New);
