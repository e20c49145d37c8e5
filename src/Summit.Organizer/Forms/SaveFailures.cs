using Microsoft.EntityFrameworkCore;
using Summit.Data;

namespace Summit.Organizer.Forms;

/// <summary>
/// Turns a database failure during a save into what the organizer is told: the save did not happen, their edits are
/// still in the form, and whether trying again soon can help. Refusals the editors understand (a concurrent edit, a
/// taken slug) are answered before this; cancellation and programming errors are not storage failures and pass.
/// </summary>
public static class SaveFailures
{
    public const string Busy = "Couldn't save: the database is busy with another change. Your changes are still here: try again in a moment.";

    public const string Full = "Couldn't save: the server's disk is full. Your changes are still here: try again once space has been freed.";

    public const string Storage = "Couldn't save: the database could not be written. Your changes are still here: try again, and tell whoever runs Summit if it keeps failing.";

    /// <summary>The message for <paramref name="exception"/>, or null when it is not a storage failure.</summary>
    public static string? Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception is DbUpdateConcurrencyException)
        {
            return null;
        }

        switch (DatabaseFailure.Classify(exception))
        {
            case DatabaseFailureKind.Busy:
                return Busy;
            case DatabaseFailureKind.DiskFull:
                return Full;
            case DatabaseFailureKind.None:
                break;
            default:
                return Storage;
        }

        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is IOException)
            {
                return Storage;
            }
        }

        return exception is DbUpdateException ? Storage : null;
    }
}
