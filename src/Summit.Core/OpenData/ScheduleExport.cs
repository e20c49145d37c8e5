namespace Summit.Core.OpenData;

/// <summary>
/// A schedule as the c3voc/frab exchange format (<c>schedule.json</c>, <c>schedule.xml</c>) sees it: made once by
/// <see cref="ScheduleExportBuilder"/> and written by <see cref="ScheduleJsonWriter"/> and <see cref="ScheduleXmlWriter"/>,
/// so both files say the same thing.
/// </summary>
/// <param name="Version">The schedule's release (<see cref="ExportVersion"/>).</param>
/// <param name="BaseUrl">The site's absolute base address, ending in "/".</param>
/// <param name="SelfUrl">Where this file is published, when known.</param>
/// <param name="Conference">The event.</param>
/// <param name="Rooms">Every published room, in schedule order.</param>
/// <param name="Days">Every day of the event, in order, each with the exported sessions by room.</param>
public sealed record ScheduleExport(
    string Version,
    string BaseUrl,
    string? SelfUrl,
    ExportConference Conference,
    IReadOnlyList<ExportRoom> Rooms,
    IReadOnlyList<ExportDay> Days);

/// <param name="Title">The event's name.</param>
/// <param name="Acronym">A lower-case identifier derived from the name (<see cref="ConferenceAcronym"/>).</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
/// <param name="TimeslotMinutes">The grid step: the largest number of minutes every start and length is a multiple of.</param>
/// <param name="TimeZoneName">The IANA zone every time is in.</param>
/// <param name="Tracks">Every published track, in order.</param>
public sealed record ExportConference(
    string Title,
    string Acronym,
    DateOnly Start,
    DateOnly End,
    int TimeslotMinutes,
    string TimeZoneName,
    IReadOnlyList<ExportTrack> Tracks);

public sealed record ExportTrack(string Name, string Slug);

public sealed record ExportRoom(string Name, string Slug, Guid Guid);

/// <param name="Index">1 for the first day.</param>
/// <param name="Date">The day.</param>
/// <param name="Start">The earliest start of a session that day (midnight for a day without any).</param>
/// <param name="End">The latest end of a session that day (the next midnight for a day without any).</param>
/// <param name="Rooms">Each room that holds an exported session on any day, in schedule order, with its sessions that day.</param>
public sealed record ExportDay(int Index, DateOnly Date, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<ExportRoomDay> Rooms);

public sealed record ExportRoomDay(ExportRoom Room, IReadOnlyList<ExportEvent> Events);

/// <summary>One session as an event of the format; see docs/open-data.md for how each field is made.</summary>
/// <param name="Id">The session's id in Summit: positive, and the same for as long as the session exists.</param>
/// <param name="Guid">The session's permanent identity (its calendar UID), kept by renames and moves.</param>
/// <param name="Room">The room's name.</param>
/// <param name="Title">Its title, after <see cref="ExportText.CancelledPrefix"/> when it is cancelled.</param>
/// <param name="Subtitle">"Tentative" and "Lead wanted", as they apply, or null.</param>
/// <param name="Type">The session's kind: regular, split or half.</param>
/// <param name="Start">When it starts, at the venue's offset.</param>
/// <param name="End">When it ends, at the venue's offset.</param>
/// <param name="Abstract">The session's own description (Markdown).</param>
/// <param name="Description">The subjects of a split or merged session (<see cref="SubjectList"/>), or null.</param>
/// <param name="Slug">The acronym, a hyphen and the session's slug.</param>
/// <param name="Track">The track's name, or null.</param>
/// <param name="Persons">The leads, in order.</param>
/// <param name="Url">The absolute address of the session's page.</param>
/// <param name="DoNotRecord">True for a cancelled session: there is nothing to record.</param>
public sealed record ExportEvent(
    int Id,
    Guid Guid,
    string Room,
    string Title,
    string? Subtitle,
    string Type,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Abstract,
    string? Description,
    string Slug,
    string? Track,
    IReadOnlyList<ExportPerson> Persons,
    string Url,
    bool DoNotRecord)
{
    /// <summary>The length, never negative.</summary>
    public TimeSpan Duration => End > Start ? End - Start : TimeSpan.Zero;
}

/// <param name="Guid">Derived from the lead's slug (<see cref="ExportGuids"/>).</param>
/// <param name="Name">The lead's name, after which <see cref="ExportText.TentativeSuffix"/> marks a tentative lead.</param>
public sealed record ExportPerson(Guid Guid, string Name);
