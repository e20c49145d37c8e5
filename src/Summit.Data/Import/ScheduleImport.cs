using Summit.Core.Import;

namespace Summit.Data.Import;

/// <summary>
/// Imports a schedule read from a file into the database: onto a new database it creates the event from the file;
/// into an existing event it adds and updates sessions (matched by guid, then slug), creating the days, rooms and
/// tracks it needs. One transaction: never half applied. Importing the same file twice changes nothing.
/// </summary>
public static class ScheduleImport
{
    /// <summary>What <see cref="ApplyAsync"/> would do, changing nothing.</summary>
    public static Task<ImportPlan> PlanAsync(SummitDbContext db, ImportDocument document, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Foundation placeholder: the import helper implements it.");

    /// <summary>Applies the import in one transaction, recorded in the history as <paramref name="by"/>; returns what it did.</summary>
    public static Task<ImportPlan> ApplyAsync(SummitDbContext db, ImportDocument document, string by, CancellationToken cancellationToken) =>
        throw new NotImplementedException("Foundation placeholder: the import helper implements it.");
}
