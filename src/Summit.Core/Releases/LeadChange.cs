using System.Text.Json.Serialization;

namespace Summit.Core.Releases;

/// <summary>One person's change on a session's list of leads.</summary>
/// <param name="Slug">The person's slug in the release that shows the change (the older one for a removed lead).</param>
/// <param name="Name">The person's name, as that release shows it.</param>
/// <param name="Change">What happened to the person's place among the leads.</param>
public sealed record LeadChange(string Slug, string Name, LeadChangeKind Change);

[JsonConverter(typeof(JsonStringEnumConverter<LeadChangeKind>))]
public enum LeadChangeKind
{
    Added,
    Removed,
    BecameTentative,
    BecameConfirmed,
}
