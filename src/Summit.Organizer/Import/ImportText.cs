using System.Globalization;
using Summit.Data.Import;

namespace Summit.Organizer.Import;

/// <summary>What the import page tells the organizer.</summary>
internal static class ImportText
{
    public const string Changed =
        "The schedule changed since this preview was made, so nothing was imported. This is what importing the file would do now: confirm again to import it.";

    public const string Cancelled = "Import cancelled: nothing was changed.";

    public const string NothingToDo = "Importing this file changes nothing: the schedule already holds everything in it.";

    public const string Unreadable = "The file could not be read from your browser. Choose it again.";

    public static string Applied(ImportPlan done) =>
        $"Imported: {Summary(done)}. The history records the import under your name.";

    public static string TooLarge(string fileName, long size, long max) => string.Create(CultureInfo.InvariantCulture,
        $"“{fileName}” is {Megabytes(size)} MB; an import takes at most {Megabytes(max)} MB. Nothing was read or changed.");

    /// <summary>"3 new sessions, 2 updated, 10 unchanged": of the file's sessions (those only in the event are listed apart, as left alone).</summary>
    public static string Summary(ImportPlan plan) => string.Create(CultureInfo.InvariantCulture,
        $"{Count(plan.Created, "new session", "new sessions")}, {plan.Updated} updated, {plan.Unchanged} unchanged");

    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    private static string Megabytes(long bytes) => (bytes / 1024 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);
}
