namespace Summit.Core.Import;

/// <summary>The file formats Summit imports.</summary>
public enum ImportFormat
{
    /// <summary>c3voc/frab <c>schedule.json</c>, as Pretalx and frab publish it.</summary>
    ScheduleJson,

    /// <summary>frab/c3voc <c>schedule.xml</c>.</summary>
    ScheduleXml,

    /// <summary>A spreadsheet saved as CSV: title, day, start, end, room, track, leads, description.</summary>
    Csv,

    /// <summary>Summit's own backup (<c>export FILE</c>): everything an organizer entered.</summary>
    SummitBackup,
}
