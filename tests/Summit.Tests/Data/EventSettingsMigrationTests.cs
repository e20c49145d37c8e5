using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Summit.Tests.Data;

public sealed class EventSettingsMigrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnEventSavedBeforeTheMigrationKeepsItsSettingsAndTakesItsDatesFromItsDays()
    {
        // Arrange: a database at the migration before, holding an event whose stored dates had gone stale.
        var path = TestDatabase.TempFile();
        await using (var db = Context(path))
        {
            await db.GetService<IMigrator>().MigrateAsync("Organizers", Ct);
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO Conferences (Name, Venue, TimeZoneId, FirstDay, LastDay) VALUES ('Grizzly', 'San Diego', 'America/Los_Angeles', '2012-10-15', '2012-10-18');
                INSERT INTO Days (Date) VALUES ('2012-10-15'), ('2012-10-19');
                """,
                Ct);
        }

        // Act
        await using (var db = Context(path))
        {
            await db.Database.MigrateAsync(Ct);
        }

        // Assert
        await using (var db = Context(path))
        {
            var schedule = await new ScheduleReader(db).ReadAsync(Ct);
            Assert.Equal(("Grizzly", "San Diego", "America/Los_Angeles"), (schedule!.Event.Name, schedule.Event.Venue, schedule.Event.TimeZoneId));
            Assert.Equal((new DateOnly(2012, 10, 15), new DateOnly(2012, 10, 19)), (schedule.FirstDay, schedule.LastDay));
            Assert.Equal(Guid.Empty, (await db.Conferences.SingleAsync(Ct)).Version);
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private static SummitDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<SummitDbContext>().UseSqlite($"Data Source={path};Pooling=False").Options);
}
