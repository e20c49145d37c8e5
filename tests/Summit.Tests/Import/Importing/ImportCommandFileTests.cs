using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summit.Web.Data;

namespace Summit.Tests.Import.Importing;

/// <summary><c>import FILE</c> with real files, read by the readers, onto a new database of its own.</summary>
public sealed class ImportCommandFileTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(seed: false);
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddDbContext<SummitDbContext>(_database.Configure)
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name);

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await ImportCommand.RunAsync(_services, ["import", .. args], output, Ct);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task APretalxScheduleOntoANewDatabaseBecomesTheEventAndASecondImportChangesNothing()
    {
        // Act
        var (exit, output) = await RunAsync(Fixture("pretalx-schedule.json"));
        var (againExit, again) = await RunAsync(Fixture("pretalx-schedule.json"));

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("Created the event from the file", output);
        await using var db = _database.CreateContext();
        var conference = await db.Conferences.SingleAsync(Ct);
        Assert.Equal("FOSS Gathering 2024", conference.Name);
        Assert.Equal("Europe/Berlin", conference.TimeZoneId);
        Assert.True(await db.Sessions.AnyAsync(Ct));
        Assert.Equal(0, againExit);
        Assert.Contains("0 created, 0 updated", again);
        Assert.EndsWith("Nothing to change: the database already has what the file holds.\n", again);
    }

    [Fact]
    public async Task ADryRunOfASpreadsheetPrintsThePlanAndLeavesTheDatabaseEmpty()
    {
        // Act
        var (exit, output) = await RunAsync(Fixture("comma.csv"), "--dry-run");

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("comma.csv:", output);
        Assert.Contains("(CSV)", output);
        Assert.Contains("Would create the event from the file", output);
        Assert.Contains("New rooms: Windsor", output);
        Assert.EndsWith("Dry run: nothing was changed. Run without --dry-run to import.\n", output);
        await using var db = _database.CreateContext();
        Assert.False(await db.Conferences.AnyAsync(Ct));
        Assert.False(await db.Sessions.AnyAsync(Ct));
    }

    [Fact]
    public async Task AFileThatIsNotAScheduleIsRefusedWithExitOne()
    {
        // Act
        var (exit, output) = await RunAsync(Fixture("web-page.html"));

        // Assert
        Assert.Equal(1, exit);
        Assert.StartsWith("Nothing was imported:", output);
        await using var db = _database.CreateContext();
        Assert.False(await db.Conferences.AnyAsync(Ct));
    }
}
