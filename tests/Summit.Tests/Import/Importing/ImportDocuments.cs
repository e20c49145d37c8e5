using System.Globalization;
using Summit.Core.Import;

namespace Summit.Tests.Import.Importing;

/// <summary>Schedules as a reader would hand them over, built in code: each test states only what it is about.</summary>
internal static class ImportDocuments
{
    public static ImportDocument Of(params ImportSession[] sessions) =>
        new(ImportFormat.ScheduleJson, new ImportEvent("OpenInfra Days Berlin", "Europe/Berlin") { Venue = "bcc Berlin" }, [], [], [], sessions, []);

    /// <summary>A spreadsheet's: no event, no guids, no slugs.</summary>
    public static ImportDocument Csv(params ImportSession[] sessions) =>
        new(ImportFormat.Csv, null, [], [], [], sessions, []);

    public static ImportSession At(string title, string day, string start, string end, string room, string where = "") => new(title)
    {
        Day = DateOnly.Parse(day, CultureInfo.InvariantCulture),
        Start = TimeOnly.Parse(start, CultureInfo.InvariantCulture),
        End = TimeOnly.Parse(end, CultureInfo.InvariantCulture),
        Room = room,
        Where = where,
    };
}
