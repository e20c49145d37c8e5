using System.Text;

namespace Summit.Core.Import.Reading;

/// <summary>What a CSV column holds.</summary>
internal enum CsvField
{
    Title,
    Day,
    Start,
    End,
    Duration,
    Room,
    Track,
    Leads,
    Description,
    Slug,
    Status,
}

/// <summary>
/// Recognises a CSV header as a spreadsheet user writes it: case, spaces, underscores, hyphens and a note in brackets
/// do not matter ("Start time", "start_time", "START (hh:mm)"), and common synonyms name the same column.
/// </summary>
internal static class CsvColumns
{
    private static readonly Dictionary<string, CsvField> Names = Build(
        (CsvField.Title, ["title", "session", "sessiontitle", "sessionname", "name", "talk", "talktitle", "topic", "event", "eventtitle"]),
        (CsvField.Day, ["day", "date", "sessiondate", "eventdate"]),
        (CsvField.Start, ["start", "starttime", "starts", "startsat", "begin", "begins", "begintime", "from", "time", "timestart"]),
        (CsvField.End, ["end", "endtime", "ends", "endsat", "finish", "finishes", "finishtime", "to", "until", "till", "timeend"]),
        (CsvField.Duration, ["duration", "length", "minutes", "mins", "durationminutes", "durationmin"]),
        (CsvField.Room, ["room", "roomname", "location", "venue", "place", "stage", "hall"]),
        (CsvField.Track, ["track", "tracks", "category", "theme", "stream"]),
        (CsvField.Leads, ["leads", "lead", "leaders", "speakers", "speaker", "presenters", "presenter", "hosts", "host", "people", "persons", "moderators", "moderator", "facilitators", "facilitator", "by"]),
        (CsvField.Description, ["description", "abstract", "summary", "details", "notes", "text", "blurb"]),
        (CsvField.Slug, ["slug"]),
        (CsvField.Status, ["status"]));

    /// <summary>The column a header names, or null for one Summit does not read.</summary>
    public static CsvField? Match(string header) => Names.TryGetValue(Normalize(header), out var field) ? field : null;

    /// <summary>"Start time (hh:mm)" gives "starttime": letters and digits in lower case, without a bracketed note.</summary>
    internal static string Normalize(string header)
    {
        var key = new StringBuilder(header.Length);
        var depth = 0;
        foreach (var c in header)
        {
            depth += c is '(' or '[' ? 1 : c is ')' or ']' && depth > 0 ? -1 : 0;
            if (depth == 0 && char.IsLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static Dictionary<string, CsvField> Build(params (CsvField Field, string[] Names)[] columns) =>
        columns.SelectMany(c => c.Names.Select(n => (n, c.Field))).ToDictionary(x => x.n, x => x.Field);
}
