namespace Summit.Core.Grid;

/// <summary>One day of the schedule laid out as a table: rooms as columns, event-local time as rows.</summary>
/// <param name="Date">The day.</param>
/// <param name="Rooms">The columns: the rooms holding a session this day, in the schedule's room order.</param>
/// <param name="Rows">The rows, earliest first; a time no session of the day covers (a break for everyone) has none.</param>
public sealed record GridDay(DateOnly Date, IReadOnlyList<NamedRef> Rooms, IReadOnlyList<GridRow> Rows)
{
    /// <summary>How many sessions the day's cells hold.</summary>
    public int SessionCount => Rows.Sum(r => r.Cells.Sum(c => c.Sessions.Count));
}

/// <summary>
/// One row of a <see cref="GridDay"/>: the span between two consecutive start or end times of the day's sessions.
/// </summary>
/// <param name="Start">When the row begins (event-local).</param>
/// <param name="End">When it ends (event-local).</param>
/// <param name="Cells">
/// The cells that begin in this row, by column: a column whose cell began in an earlier row and spans this one has
/// none here, exactly as an HTML table row omits the cells a <c>rowspan</c> above covers.
/// </param>
public sealed record GridRow(TimeOnly Start, TimeOnly End, IReadOnlyList<GridCell> Cells);

/// <summary>A cell of the grid: empty, one session, or sessions of one room that overlap one another.</summary>
/// <param name="Column">The index of its room in <see cref="GridDay.Rooms"/>.</param>
/// <param name="RowSpan">How many rows it covers, from the row it begins in (at least 1).</param>
/// <param name="Sessions">Its sessions, earliest first; none for an empty cell.</param>
public sealed record GridCell(int Column, int RowSpan, IReadOnlyList<ScheduledSession> Sessions)
{
    /// <summary>No session is in this room at this time.</summary>
    public bool IsEmpty => Sessions.Count == 0;

    /// <summary>
    /// Sessions of one room that overlap in time share the cell, stacked, rather than one hiding the other: the
    /// schedule's one-session-per-room-and-slot rule does not stop two slots of a day from overlapping.
    /// </summary>
    public bool IsStacked => Sessions.Count > 1;
}
