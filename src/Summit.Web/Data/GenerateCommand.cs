using System.Diagnostics;
using System.Globalization;
using Summit.Core.Generation;
using Summit.Data.Import;

namespace Summit.Web.Data;

/// <summary>
/// <c>dotnet run --project src/Summit.Web -- generate --sessions 2000 --rooms 25 --days 4 [--seed 2012] [--replace]</c>:
/// fills the database with a synthetic event of that size, the same for the same options, for load tests and demos.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    private const string Usage = "Usage: generate --sessions N --rooms R --days D [--seed S] [--replace]";

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken = default)
    {
        if (!TryParse(args, out var options, out var replace, out var problem))
        {
            await output.WriteLineAsync(problem);
            await output.WriteLineAsync(Usage);
            return 2;
        }

        PublishedSchedule schedule;
        try
        {
            schedule = ScheduleGenerator.Generate(options);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var existing = await ScheduleImporter.FindExistingWorkAsync(db, cancellationToken);
        if (!existing.IsEmpty && !replace)
        {
            // A generated event is for tests and demos; it must not silently wipe a real one.
            await output.WriteLineAsync(
                $"The database holds work that generating would delete: {existing.Changes} organizer change(s) and {existing.Agendas} personal agenda(s). Add --replace to delete them.");
            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        await ScheduleImporter.ReplaceAsync(db, schedule, cancellationToken);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Generated {schedule.Sessions.Count} sessions in {schedule.Rooms.Count} rooms over {schedule.Days.Count} days (seed {options.Seed}) in {stopwatch.Elapsed.TotalSeconds:0.0} s. A Summit already running on this database shows it within seconds."));
        return 0;
    }

    internal static bool TryParse(IReadOnlyList<string> args, out GeneratorOptions options, out bool replace, out string problem)
    {
        options = new GeneratorOptions();
        replace = false;
        problem = "";
        int? sessions = null, rooms = null, days = null, seed = null;
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--replace")
            {
                replace = true;
                continue;
            }

            if (name is not ("--sessions" or "--rooms" or "--days" or "--seed"))
            {
                problem = $"Unknown option “{name}”.";
                return false;
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                problem = $"{name} needs a whole number.";
                return false;
            }

            i++;
            switch (name)
            {
                case "--sessions": sessions = value; break;
                case "--rooms": rooms = value; break;
                case "--days": days = value; break;
                default: seed = value; break;
            }
        }

        if (sessions is null || rooms is null || days is null)
        {
            problem = "Say how many sessions, rooms and days to generate.";
            return false;
        }

        options = new GeneratorOptions(sessions.Value, rooms.Value, days.Value, seed ?? options.Seed);
        return true;
    }
}
