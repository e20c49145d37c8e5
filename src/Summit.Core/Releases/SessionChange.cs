using System.Text.Json.Serialization;

namespace Summit.Core.Releases;

/// <summary>
/// How one session changed between two releases, with what a reader needs to explain it. Plain data, so the published
/// changelog can be stored as JSON and read back unchanged.
/// </summary>
/// <param name="Uid">The session's stable identity, which outlives slug and title changes.</param>
/// <param name="Slug">The session's slug in the newer release; for a removed session, in the older one.</param>
/// <param name="Title">The session's title in the newer release; for a removed session, in the older one.</param>
/// <param name="Kinds">Everything that changed.</param>
/// <param name="Was">Where and when it was in the older release; null for a new session.</param>
/// <param name="Now">Where and when it is in the newer release; null for a removed session.</param>
/// <param name="RoomChanged">True when it moved to another room; a room that was only renamed is the same room.</param>
/// <param name="OldTitle">The title in the older release when it was retitled; otherwise null.</param>
/// <param name="Leads">Lead changes, the newer release's lead order first, then removed leads; empty when the leads did not change.</param>
/// <param name="Subjects">Subject changes in the same order; empty when the subjects did not change.</param>
/// <param name="MergedInto">For a removed session merged into another: that session's slug and title.</param>
public sealed record SessionChange(
    Guid Uid,
    string Slug,
    string Title,
    SessionChangeKind Kinds,
    SessionPlace? Was,
    SessionPlace? Now,
    bool RoomChanged,
    string? OldTitle,
    IReadOnlyList<LeadChange> Leads,
    IReadOnlyList<SubjectChange> Subjects,
    NamedRef? MergedInto)
{
    /// <summary>True when every one of these kinds is part of the change.</summary>
    public bool Is(SessionChangeKind kinds) => (Kinds & kinds) == kinds;

    /// <summary>True when the day changed, not only the time or room.</summary>
    [JsonIgnore]
    public bool DayChanged => Was is not null && Now is not null && Was.Day != Now.Day;

    /// <summary>True when the start changed, on the same day or not.</summary>
    [JsonIgnore]
    public bool StartChanged => Was is not null && Now is not null && (Was.Day != Now.Day || Was.Start != Now.Start);

    /// <summary>True when only the end changed: the session got longer or shorter where it was.</summary>
    [JsonIgnore]
    public bool OnlyEndChanged => !StartChanged && !RoomChanged && Was is not null && Now is not null && Was.End != Now.End;
}
