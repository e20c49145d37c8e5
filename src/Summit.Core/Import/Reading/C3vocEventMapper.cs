using Summit.Core.Editing;

namespace Summit.Core.Import.Reading;

/// <summary>
/// Turns an event of a schedule.json or schedule.xml into a session: its event-local day, start and end, its leads and
/// what Summit's own exports write by convention (see <see cref="ScheduleConventions"/>). What it cannot understand it
/// reports and leaves out; an event whose time or room it cannot read is still imported, unscheduled.
/// </summary>
/// <param name="zone">The time zone the event's times are read into.</param>
/// <param name="summitExport">The file says Summit wrote it: a session's slug is the last segment of its url.</param>
/// <param name="builder">Where the sessions, and what was left out, go.</param>
internal sealed class C3vocEventMapper(EventZone zone, bool summitExport, ImportDocumentBuilder builder)
{
    public void Add(C3vocEvent e)
    {
        var (title, cancelled) = ScheduleConventions.Title(TextInput.Line(e.Title ?? ""));
        if (title.Length == 0)
        {
            builder.Skip(e.Where, "The event has no title, so it was left out.");
            return;
        }

        var marks = ScheduleConventions.Subtitle(e.Subtitle);
        var (description, subjects) = summitExport ? SummitDescription(e, marks.Text) : OtherDescription(e, marks.Text);
        var kind = ScheduleConventions.Kind(e.Type);
        if (kind == SessionKind.Split && subjects.Count < 2)
        {
            builder.Skip(e.Where, $"“{title}” is of type split, but its description does not number two or more subjects (\"1. Title — description\"): it was imported as a regular session.");
            kind = SessionKind.Regular;
            if (!summitExport)
            {
                (description, subjects) = (ScheduleConventions.Description(marks.Text, e.Abstract, e.Description), []);
            }
        }

        var track = TextInput.Line(e.Track ?? "").Trim();
        var session = new ImportSession(title)
        {
            Guid = ReadGuid(e, title),
            Slug = ScheduleConventions.Slug(summitExport || string.IsNullOrWhiteSpace(e.Slug) ? ScheduleConventions.SlugFromUrl(e.Url) ?? e.Slug : e.Slug),
            Description = description,
            Track = track.Length == 0 ? null : track,
            Kind = kind,
            Status = cancelled ? SessionStatus.Cancelled : marks.Tentative ? SessionStatus.Tentative : SessionStatus.Confirmed,
            LeadWanted = marks.LeadWanted,
            Leads = ReadLeads(e, title),
            Subjects = subjects,
            Where = e.Where,
        };

        builder.AddSession(Place(e, session));
    }

    /// <summary>
    /// Summit writes a session's description as the abstract and its subjects, as a numbered list, as the description
    /// (any kind of session may have subjects).
    /// </summary>
    private static (string Description, List<ImportSubject> Subjects) SummitDescription(C3vocEvent e, string? subtitleText)
    {
        var list = TextInput.Block(e.Description ?? "").Trim();
        var (rest, subjects) = ScheduleConventions.Subjects(list, titleDash: false);
        return subjects.Count == 0
            ? (ScheduleConventions.Description(subtitleText, e.Abstract, e.Description), [])
            : (ScheduleConventions.Description(subtitleText, e.Abstract, rest), subjects);
    }

    /// <summary>Other files: only a split session's description is read for numbered subjects, a talk's numbered list is its text.</summary>
    private static (string Description, List<ImportSubject> Subjects) OtherDescription(C3vocEvent e, string? subtitleText)
    {
        var description = ScheduleConventions.Description(subtitleText, e.Abstract, e.Description);
        return ScheduleConventions.Kind(e.Type) == SessionKind.Split
            ? ScheduleConventions.Subjects(description, titleDash: true)
            : (description, []);
    }

    private Guid? ReadGuid(C3vocEvent e, string title)
    {
        if (string.IsNullOrWhiteSpace(e.Guid))
        {
            return null;
        }

        if (System.Guid.TryParse(e.Guid.Trim(), out var guid))
        {
            return guid;
        }

        builder.Skip(e.Where, $"The guid of “{title}”, \"{e.Guid}\", is not a UUID: the session is matched by its slug instead.");
        return null;
    }

    private List<ImportLead> ReadLeads(C3vocEvent e, string title)
    {
        var leads = new List<ImportLead>();
        foreach (var person in e.Persons)
        {
            if (ScheduleConventions.Lead(person.Name) is { } lead)
            {
                leads.Add(lead);
            }
            else
            {
                builder.Skip(person.Where, $"A person of “{title}” has no name, so they were left out.");
            }
        }

        return ScheduleConventions.LimitLeads(ScheduleConventions.Distinct(leads), builder, e.Where, title);
    }

    /// <summary>The session with its day, start, end and room, or unscheduled (with the reason reported) when one of them cannot be read.</summary>
    private ImportSession Place(C3vocEvent e, ImportSession session)
    {
        string? Unscheduled(string why)
        {
            builder.Skip(e.Where, $"“{session.Title}” {why}: it was imported unscheduled.");
            return null;
        }

        var room = TextInput.Line(e.Room ?? "").Trim();
        if (room.Length == 0)
        {
            room = TextInput.Line(e.ListedRoom ?? "").Trim();
        }

        var start = Start(e);
        if (start is null)
        {
            Unscheduled($"has no start time Summit can read (date \"{e.Date}\", start \"{e.Start}\")");
            return session;
        }

        var end = End(e, start.Value);
        if (end is null)
        {
            Unscheduled($"has no end Summit can read (duration \"{e.Duration}\"{(e.End is null ? "" : $", end \"{e.End}\"")})");
            return session;
        }

        if (end.Value.Day != start.Value.Day)
        {
            Unscheduled($"runs past midnight ({start.Value.Day:yyyy-MM-dd} {start.Value.Time:HH\\:mm} to {end.Value.Day:yyyy-MM-dd} {end.Value.Time:HH\\:mm}), which a Summit slot cannot");
            return session;
        }

        if (end.Value.Time <= start.Value.Time)
        {
            Unscheduled($"ends when it starts ({start.Value.Time:HH\\:mm}, duration \"{e.Duration}\"), and a slot needs a length");
            return session;
        }

        if (room.Length == 0)
        {
            Unscheduled("has no room");
            return session;
        }

        return session with { Day = start.Value.Day, Start = start.Value.Time, End = end.Value.Time, Room = room };
    }

    private (DateOnly Day, TimeOnly Time)? Start(C3vocEvent e)
    {
        if (TimeText.TryParseTimestamp(e.Date, out var wallClock, out var offset))
        {
            return zone.Local(wallClock, offset);
        }

        return e.ListedDay is { } day && TimeText.TryParseClock(e.Start, out var time) ? (day, time) : null;
    }

    private (DateOnly Day, TimeOnly Time)? End(C3vocEvent e, (DateOnly Day, TimeOnly Time) start)
    {
        if (TimeText.TryParseTimestamp(e.End, out var wallClock, out var offset))
        {
            return zone.Local(wallClock, offset);
        }

        if (!TimeText.TryParseDuration(e.Duration, out var duration))
        {
            return null;
        }

        var end = start.Day.ToDateTime(start.Time).Add(duration);
        return (DateOnly.FromDateTime(end), TimeOnly.FromDateTime(end));
    }
}
