using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Summit.Data.Seed;

namespace Summit.Web.Data;

public static partial class DatabaseStartup
{
    /// <summary>
    /// Applies migrations and seeds an empty database before the app listens, so a database that
    /// cannot be used stops the app with one clear line instead of failing on the first request.
    /// </summary>
    public static Task<bool> TryPrepareDatabaseAsync(this WebApplication app, CancellationToken cancellationToken = default) =>
        app.TryPrepareDatabaseAsync(seed: true, cancellationToken);

    /// <summary>
    /// Applies migrations and, when <paramref name="seed"/> is true, seeds an empty database. <c>import</c> passes false: on a
    /// new database the file's event takes the place of the seeded one.
    /// </summary>
    public static async Task<bool> TryPrepareDatabaseAsync(this WebApplication app, bool seed, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Summit.Database");
        try
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();

            // Several instances may start at once on an empty database: one migrates and seeds, the others wait for it.
            await using var startupLock = await StartupLock.TakeAsync(db, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (seed && await ScheduleSeeder.SeedIfEmptyAsync(db, cancellationToken))
            {
                LogSeeded(logger, ScheduleSeeder.DefaultSeed);
            }

            return true;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or IOException or UnauthorizedAccessException or DbUpdateException)
        {
            LogUnusable(logger, ex.GetBaseException().Message, DataExtensions.ConnectionStringKey);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded an empty database with {SeedFile}")]
    private static partial void LogSeeded(ILogger logger, string seedFile);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Summit cannot start: the database cannot be opened or migrated ({Problem}). Check the connection string in configuration key {Key} (environment variable ConnectionStrings__Summit).")]
    private static partial void LogUnusable(ILogger logger, string problem, string key);
}
