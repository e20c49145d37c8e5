namespace Summit.Core.Import.Reading;

/// <summary>
/// One event of a schedule.json or schedule.xml as the file writes it, every field text or null, before times and
/// conventions are understood: the two formats carry the same fields and share <see cref="C3vocEventMapper"/>.
/// </summary>
internal sealed record C3vocEvent(string Where)
{
    /// <summary>The date of the day the event is listed under.</summary>
    public DateOnly? ListedDay { get; init; }

    /// <summary>The name of the room the event is listed under.</summary>
    public string? ListedRoom { get; init; }

    public string? Guid { get; init; }

    /// <summary>The start as a timestamp, "2020-12-14T09:00:00+01:00".</summary>
    public string? Date { get; init; }

    /// <summary>The start as a clock time on <see cref="ListedDay"/>, "09:00" (deprecated in favour of <see cref="Date"/>).</summary>
    public string? Start { get; init; }

    /// <summary>The end as a timestamp (newer files), an alternative to <see cref="Duration"/>.</summary>
    public string? End { get; init; }

    public string? Duration { get; init; }

    public string? Room { get; init; }

    public string? Slug { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    public string? Track { get; init; }

    public string? Type { get; init; }

    public string? Abstract { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<C3vocPerson> Persons { get; init; } = [];
}

/// <summary>A person of an event: the name as written (null when the file gives none) and where it is.</summary>
internal sealed record C3vocPerson(string? Name, string Where);
