using System.Text.RegularExpressions;
using Summit.Core.Editing;

namespace Summit.Core.Import.Reading;

/// <summary>
/// Turns a CSV row into a session. A row without a day, start, end, duration or room is an unscheduled session; a row
/// with some of them that cannot all be read is imported unscheduled too, and says which one is missing or wrong.
/// </summary>
internal sealed partial class CsvRowMapper(IReadOnlyDictionary<CsvField, int> columns, CsvDates dates, ImportDocumentBuilder builder)
{
    public void Add(CsvRecord row)
    {
        string Get(CsvField field) => columns.TryGetValue(field, out var i) && i < row.Fields.Count ? row.Fields[i].Trim() : "";

        var where = $"line {row.Line}";
        var (title, cancelled) = ScheduleConventions.Title(TextInput.Line(Get(CsvField.Title)));
        if (title.Length == 0)
        {
            builder.Skip(where, "The row has no title, so it was left out.");
            return;
        }

        var track = TextInput.Line(Get(CsvField.Track)).Trim();
        var session = new ImportSession(title)
        {
            Slug = ScheduleConventions.Slug(Get(CsvField.Slug)),
            Description = TextInput.Block(Get(CsvField.Description)).Trim(),
            Track = track.Length == 0 ? null : track,
            Status = cancelled ? SessionStatus.Cancelled : Status(Get(CsvField.Status), where, title),
            Leads = ScheduleConventions.LimitLeads(ScheduleConventions.Distinct(Leads(Get(CsvField.Leads))), builder, where, title),
            Where = where,
        };

        builder.AddSession(Place(session, Get(CsvField.Day), Get(CsvField.Start), Get(CsvField.End), Get(CsvField.Duration), Get(CsvField.Room)));
    }

    /// <summary>Names separated by ";" (or, when there is none, by ","), and "and" or "&amp;" between two names.</summary>
    private static IEnumerable<ImportLead> Leads(string text) =>
        (text.Contains(';', StringComparison.Ordinal) ? text.Split(';') : text.Split(','))
            .SelectMany(part => And().Split(part))
            .Select(ScheduleConventions.Lead)
            .OfType<ImportLead>();

    private SessionStatus Status(string text, string where, string title)
    {
        if (text.Length == 0 || text.Equals("confirmed", StringComparison.OrdinalIgnoreCase))
        {
            return SessionStatus.Confirmed;
        }

        if (text.Equals("tentative", StringComparison.OrdinalIgnoreCase))
        {
            return SessionStatus.Tentative;
        }

        if (text.Equals("cancelled", StringComparison.OrdinalIgnoreCase) || text.Equals("canceled", StringComparison.OrdinalIgnoreCase))
        {
            return SessionStatus.Cancelled;
        }

        builder.Skip(where, $"The status of “{title}”, \"{text}\", is not confirmed, tentative or cancelled: it was read as confirmed.");
        return SessionStatus.Confirmed;
    }

    private ImportSession Place(ImportSession session, string dayText, string startText, string endText, string durationText, string room)
    {
        if (dayText.Length + startText.Length + endText.Length + durationText.Length + room.Length == 0)
        {
            return session;
        }

        // "09:30-10:15" in the start column, with no end of its own.
        if (endText.Length == 0 && durationText.Length == 0 && Range().Match(startText) is { Success: true } range
            && TimeText.TryParseClock(range.Groups["start"].Value, out _) && TimeText.TryParseClock(range.Groups["end"].Value, out _))
        {
            (startText, endText) = (range.Groups["start"].Value, range.Groups["end"].Value);
        }

        var problems = new List<string>();
        DateOnly? day = null;
        TimeOnly? start = null;
        if (dayText.Length == 0 && TimeText.TryParseTimestamp(startText, out var startsAt, out _))
        {
            (day, start) = (DateOnly.FromDateTime(startsAt), TimeOnly.FromDateTime(startsAt));
        }
        else if (dayText.Length == 0)
        {
            problems.Add("has no day");
        }
        else if (dates.TryParse(dayText, out var date))
        {
            day = date;
        }
        else
        {
            problems.Add($"has a day, \"{dayText}\", that is not a date (such as 2012-10-15)");
        }

        if (start is null && startText.Length == 0)
        {
            problems.Add("has no start time");
        }
        else if (start is null && TimeText.TryParseClock(startText, out var clock))
        {
            start = clock;
        }
        else if (start is null)
        {
            problems.Add($"has a start, \"{startText}\", that is not a time (such as 09:30 or 2:30 pm)");
        }

        var end = End(endText, durationText, day, start, problems);
        if (room.Length == 0)
        {
            problems.Add("has no room");
        }

        if (problems.Count > 0)
        {
            builder.Skip(session.Where, $"“{session.Title}” {string.Join(", ", problems)}: it was imported unscheduled.");
            return session;
        }

        return session with { Day = day, Start = start, End = end, Room = TextInput.Line(room).Trim() };
    }

    private static TimeOnly? End(string endText, string durationText, DateOnly? day, TimeOnly? start, List<string> problems)
    {
        TimeOnly? end = null;
        if (endText.Length > 0)
        {
            if (TimeText.TryParseTimestamp(endText, out var endsAt, out _) && (day is null || DateOnly.FromDateTime(endsAt) == day))
            {
                end = TimeOnly.FromDateTime(endsAt);
            }
            else if (TimeText.TryParseClock(endText, out var clock))
            {
                end = clock;
            }
            else
            {
                problems.Add($"has an end, \"{endText}\", that is not a time on its day (such as 10:15 or 3:15 pm)");
                return null;
            }
        }
        else if (durationText.Length > 0)
        {
            if (!TimeText.TryParseDuration(durationText, out var duration))
            {
                problems.Add($"has a duration, \"{durationText}\", that is not a length of time (such as 45, 45 min or 1:30)");
                return null;
            }

            if (start is { } s && s.ToTimeSpan() + duration >= TimeSpan.FromDays(1))
            {
                problems.Add($"runs past midnight ({s:HH\\:mm} for {durationText}), which a Summit slot cannot");
                return null;
            }

            end = start?.Add(duration);
        }
        else
        {
            problems.Add("has neither an end nor a duration");
            return null;
        }

        if (start is { } begin && end is { } finish && finish <= begin)
        {
            problems.Add($"ends at {finish:HH\\:mm}, not after it starts at {begin:HH\\:mm}");
            return null;
        }

        return end;
    }

    // Not anchored, on fields of any length: linear time whatever the text, as a run of spaces would otherwise not be.
    [GeneratedRegex(@"\s+(?:and|&)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex And();

    [GeneratedRegex(@"^(?<start>[0-9][^-–]*?)\s*[-–]\s*(?<end>[0-9].*)$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex Range();
}
