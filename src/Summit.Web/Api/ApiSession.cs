using System.ComponentModel;

namespace Summit.Web.Api;

/// <summary>A session as the API gives it: everything the schedule shows of it, with times carrying the event's offset.</summary>
/// <param name="DescriptionHtml">Only on the one-session endpoint: rendering every description of a large list is what makes it slow.</param>
[Description("A published session.")]
public sealed record ApiSession(
    [property: Description("A number that stays the session's while it exists.")] int Id,
    [property: Description("The session's stable identifier, the same across renames and releases (the iCal UID without its @summit).")] Guid Uid,
    [property: Description("The session's address name: /sessions/{slug} and /api/v1/sessions/{slug}.")] string Slug,
    string Title,
    [property: Description("The session's page on the site.")] string Url,
    [property: Description("The event day, yyyy-MM-dd, in the event's time zone.")] DateOnly Day,
    [property: Description("When it starts: the wall-clock time at the venue with the offset in force then (RFC 3339).")] DateTimeOffset Start,
    [property: Description("When it ends, like start.")] DateTimeOffset End,
    ApiNamed Room,
    [property: Description("Null for a session in no track.")] ApiNamed? Track,
    [property: Description("regular, split (one slot shared by several subjects) or half (half of its slot).")] SessionKind Kind,
    [property: Description("confirmed, tentative or cancelled (still published, so calendars learn it is off).")] SessionStatus Status,
    [property: Description("True while the session is looking for someone to lead it.")] bool LeadWanted,
    [property: Description("Counts every published change to the session, as the iCal SEQUENCE does.")] int Revision,
    [property: Description("The last change to the session, UTC.")] DateTime LastModified,
    [property: Description("In the order the schedule lists them.")] IReadOnlyList<ApiLead> Leads,
    [property: Description("A split session's subjects in order; for another kind, the sessions merged into it.")] IReadOnlyList<ApiSubject> Subjects,
    [property: Description("Markdown, as the organizers wrote it.")] string Description,
    [property: Description("The description as sanitized HTML, as the session page shows it; only on /api/v1/sessions/{slug}.")] string? DescriptionHtml);

/// <summary>Someone leading a session.</summary>
[Description("Someone leading a session.")]
public sealed record ApiLead(
    string Slug,
    string Name,
    [property: Description("True while the lead is only expected, not confirmed.")] bool Tentative);

/// <summary>One subject of a split session, or a session merged into another.</summary>
[Description("One subject of a split session, or a session merged into another.")]
public sealed record ApiSubject(
    string Title,
    [property: Description("Markdown.")] string Description,
    [property: Description("Sanitized HTML; only on /api/v1/sessions/{slug}.")] string? DescriptionHtml);

/// <summary>A room or track a session refers to.</summary>
[Description("A room or track, by its slug (the filter value) and name.")]
public sealed record ApiNamed(string Slug, string Name);
