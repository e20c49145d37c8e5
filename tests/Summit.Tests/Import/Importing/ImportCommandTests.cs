using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Import;
using Summit.Web.Data;
using static Summit.Tests.Import.Importing.ImportDocuments;

namespace Summit.Tests.Import.Importing;

/// <summary><c>import FILE [--dry-run]</c>: what it prints, its exit codes, and that refusals and dry runs change nothing.</summary>
public sealed class ImportCommandTests : IAsyncLifetime
{
    private readonly List<string> _files = [];
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Import:MaxFileBytes"] = "1000" }).Build())
            .AddDbContext<SummitDbContext>(_database.Configure)
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var file in _files)
        {
            File.Delete(file);
        }

        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    private string FileWith(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"summit-import-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, content);
        _files.Add(path);
        return path;
    }

    private async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await ImportCommand.RunAsync(_services, ["import", .. args], output, Ct);
        return (exit, output.ToString());
    }

    private async Task<(int Exit, string Output)> RunAsync(ImportRead read, bool dryRun)
    {
        var output = new StringWriter();
        var exit = await ImportCommand.RunAsync(_services, read, "schedule.json", dryRun, output, Ct);
        return (exit, output.ToString());
    }

    private async Task<int> SessionCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.CountAsync(Ct);
    }

    private static ImportDocument Document() => Of(
        At("Evening social", "2012-10-15", "19:00", "22:00", "Terrace", "$.schedule.conference.days[0].rooms.Terrace[0]") with { Track = "Community" },
        At("Squatter", "2012-10-18", "11:00", "11:40", "Windsor BC", "$.schedule.conference.days[3].rooms.Windsor BC[0]"),
        new ImportSession("Closing quantum/nova gaps, revised") { Slug = "closing-quantum-nova-gaps" });

    [Theory]
    [InlineData(new string[0], "Say which file to import.")]
    [InlineData(new[] { "a.json", "b.json" }, "Import one file at a time.")]
    [InlineData(new[] { "a.json", "--force" }, "Unknown option “--force”.")]
    public async Task BadArgumentsPrintTheUsageAndExitWithTwo(string[] args, string message)
    {
        // Act
        var (exit, output) = await RunAsync(args);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains(message, output);
        Assert.Contains("Usage: import FILE [--dry-run]", output);
    }

    [Fact]
    public async Task AMissingFileIsNamedAndExitsWithTwo()
    {
        // Act
        var (exit, output) = await RunAsync("/nonexistent/schedule.json");

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains("There is no file /nonexistent/schedule.json.", output);
    }

    [Theory]
    [InlineData(0, "The file is empty.")]
    [InlineData(5000, "an import takes at most")]
    public async Task AFileThatCannotBeImportedIsRefusedWithExitOneAndNothingChanges(int size, string reason)
    {
        // Arrange
        var path = FileWith(new byte[size]);

        // Act
        var (exit, output) = await RunAsync(path);

        // Assert
        Assert.Equal(1, exit);
        Assert.StartsWith("Nothing was imported:", output);
        Assert.Contains(reason, output);
        Assert.Equal(28, await SessionCountAsync());
    }

    [Fact]
    public async Task AReaderRefusalIsPrintedWithExitOne()
    {
        // Act
        var (exit, output) = await RunAsync(ImportRead.Refuse("This is not a schedule Summit can read."), dryRun: false);

        // Assert
        Assert.Equal(1, exit);
        Assert.Equal("Nothing was imported: This is not a schedule Summit can read.", output.Trim());
    }

    [Fact]
    public async Task ADryRunPrintsThePlanAndChangesNothing()
    {
        // Act
        var (exit, output) = await RunAsync(ImportRead.Of(Document()), dryRun: true);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("schedule.json: 3 session(s) read (c3voc schedule.json).", output);
        Assert.Contains("Sessions: 1 to create, 1 to update, 0 unchanged, 1 skipped, 27 left alone (in the event, not in the file).", output);
        Assert.Contains("New rooms: Terrace", output);
        Assert.Contains("New tracks: Community", output);
        Assert.Contains("  Closing quantum/nova gaps, revised (/sessions/closing-quantum-nova-gaps): Title, Description, Track, Room, Time slot", output);
        Assert.Contains("  $.schedule.conference.days[3].rooms.Windsor BC[0]: “Squatter” skipped: “LDAP and Active Directory integration” is already in Windsor BC", output);
        Assert.Contains("Left alone: “", output);
        Assert.Contains(" and 17 more.", output);
        Assert.EndsWith("Dry run: nothing was changed. Run without --dry-run to import.\n", output);
        Assert.Equal(28, await SessionCountAsync());
        await using var db = _database.CreateContext();
        Assert.False(await db.Changes.AnyAsync(Ct));
    }

    [Fact]
    public async Task AnImportPrintsWhatItDidAndRecordsTheCommandLineInTheHistory()
    {
        // Act
        var (exit, output) = await RunAsync(ImportRead.Of(Document()), dryRun: false);
        var (againExit, again) = await RunAsync(ImportRead.Of(Document()), dryRun: false);

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains("Sessions: 1 created, 1 updated", output);
        Assert.EndsWith("Imported in one transaction.\n", output);
        Assert.Equal(29, await SessionCountAsync());
        await using var db = _database.CreateContext();
        Assert.All(await db.Changes.ToListAsync(Ct), c => Assert.Equal(ImportCommand.HistoryUser, c.User));
        Assert.Equal(0, againExit);
        Assert.Contains("Sessions: 0 created, 0 updated, 2 unchanged", again);
        Assert.EndsWith("Nothing to change: the database already has what the file holds.\n", again);
    }
}
