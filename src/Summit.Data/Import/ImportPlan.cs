using Summit.Core.Import;

namespace Summit.Data.Import;

/// <summary>
/// What an import does, or would do, to the database: shown as the preview before an organizer confirms, printed by
/// <c>import FILE --dry-run</c>, and returned by the import itself.
/// </summary>
public sealed record ImportPlan(
    bool CreatesEvent,
    IReadOnlyList<string> NewDays,
    IReadOnlyList<string> NewRooms,
    IReadOnlyList<string> NewTracks,
    IReadOnlyList<PlannedSession> Sessions,
    IReadOnlyList<ImportIssue> Skipped)
{
    /// <summary>People the import adds as leads (new names; existing people are found by slug or name).</summary>
    public IReadOnlyList<string> NewPeople { get; init; } = [];

    /// <summary>How many time slots the import adds to days, new or existing.</summary>
    public int NewSlots { get; init; }

    /// <summary>Titles of the event's sessions the file does not have: the import leaves them as they are.</summary>
    public IReadOnlyList<string> LeftAlone { get; init; } = [];

    /// <summary>What else the organizer should know ("The file names no time zone: the event uses UTC").</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int Created => Sessions.Count(s => s.Action == ImportAction.Create);

    public int Updated => Sessions.Count(s => s.Action == ImportAction.Update);

    public int Unchanged => Sessions.Count(s => s.Action == ImportAction.Unchanged);

    /// <summary>Whether applying it changes anything.</summary>
    public bool ChangesAnything => CreatesEvent || NewDays.Count + NewRooms.Count + NewTracks.Count + NewPeople.Count + NewSlots > 0 || Created + Updated > 0;
}

public enum ImportAction
{
    Create,
    Update,
    Unchanged,
}

/// <summary>One session of the file and what the import does with it; <see cref="Changes"/> names what an update changes ("room", "title").</summary>
public sealed record PlannedSession(ImportAction Action, string Title, string? Slug, IReadOnlyList<string> Changes);
