using System.Text.Json.Serialization;

namespace Summit.Core.Releases;

/// <summary>
/// What changed about one session between two releases. Flags, because one edit can move and retitle a session at once.
/// Stored by name in the published changelog, so the numbers may change without breaking stored releases.
/// </summary>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<SessionChangeKind>))]
public enum SessionChangeKind
{
    None = 0,

    /// <summary>On the schedule now, not in the older release.</summary>
    New = 1 << 0,

    /// <summary>Its status became cancelled; it is still published so calendars learn it is off.</summary>
    Cancelled = 1 << 1,

    /// <summary>Its status was cancelled and no longer is: attendees who gave up on it should know it is back.</summary>
    Reinstated = 1 << 2,

    /// <summary>Gone from the schedule: deleted, or merged into another session.</summary>
    Removed = 1 << 3,

    /// <summary>Its day, start, end or room changed.</summary>
    Moved = 1 << 4,

    Retitled = 1 << 5,

    /// <summary>A lead was added or removed, or became tentative or confirmed.</summary>
    LeadsChanged = 1 << 6,

    /// <summary>A subject (a merged session or a split part) was added, removed or reworded.</summary>
    SubjectsChanged = 1 << 7,

    DescriptionChanged = 1 << 8,
}
