using Summit.Core.Import;
using Summit.Data.Import;

namespace Summit.Web.Data;

/// <summary>
/// <c>dotnet run --project src/Summit.Web -- export FILE [--force]</c>: writes a backup of everything organizers entered
/// (see <see cref="BackupExport"/>) to FILE as JSON. Importing it into an empty database and exporting again gives the
/// same file.
/// </summary>
public static class ExportCommand
{
    public const string Name = "export";

    private const string Usage = "Usage: export FILE [--force]";

    /// <summary>0 when written; 1 when the file exists (without --force), there is no event, or it cannot be written; 2 for bad arguments.</summary>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var path, out var force, out var problem))
        {
            await output.WriteLineAsync(problem);
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var full = Path.GetFullPath(path);
        if (File.Exists(full) && !force)
        {
            // A backup is often written over the last one by a script: overwriting has to be asked for.
            await output.WriteLineAsync($"{full} already exists. Add --force to write over it.");
            return 1;
        }

        ImportDocument? backup;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            backup = await BackupExport.ReadAsync(db, cancellationToken);
        }

        if (backup is null)
        {
            await output.WriteLineAsync("The database holds no event yet: there is nothing to back up.");
            return 1;
        }

        var bytes = SummitBackupWriter.Write(backup);
        try
        {
            // Written beside the target and moved over it, so a failure never leaves half a backup in its place.
            var temporary = full + ".tmp";
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await output.WriteLineAsync($"Could not write {full}: {ex.Message}");
            return 1;
        }

        await output.WriteLineAsync(
            $"Wrote {full}: the event, {backup.Days.Count} day(s), {backup.Rooms.Count} room(s), {backup.Tracks.Count} track(s), {backup.People.Count} people and {backup.Sessions.Count} session(s).");
        return 0;
    }

    internal static bool TryParse(IReadOnlyList<string> args, out string path, out bool force, out string problem)
    {
        path = "";
        force = false;
        problem = "";
        for (var i = 1; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--force")
            {
                force = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                problem = $"Unknown option “{arg}”.";
                return false;
            }
            else if (path.Length > 0)
            {
                problem = "Give one file to write.";
                return false;
            }
            else
            {
                path = arg;
            }
        }

        if (path.Length == 0)
        {
            problem = "Say which file to write the backup to.";
            return false;
        }

        return true;
    }
}
