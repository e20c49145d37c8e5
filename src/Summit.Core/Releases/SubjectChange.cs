using System.Text.Json.Serialization;

namespace Summit.Core.Releases;

/// <summary>
/// One change among a session's subjects. Subjects have no identity of their own, so they are matched by title:
/// a reworded title reads as one removed and one added.
/// </summary>
public sealed record SubjectChange(string Title, SubjectChangeKind Change);

[JsonConverter(typeof(JsonStringEnumConverter<SubjectChangeKind>))]
public enum SubjectChangeKind
{
    Added,
    Removed,

    /// <summary>Same title, new description.</summary>
    Updated,
}
