using System.Text;
using Summit.Core.Import;
using Summit.Web.Data;

namespace Summit.Tests.Import.Backup;

public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();
    private readonly string _directory = Directory.CreateTempSubdirectory("summit-export-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string BackupPath => Path.Combine(_directory, "backup.json");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<(int Exit, string Output)> ExportAsync(params string[] args)
    {
        _ = _factory.Server;
        var output = new StringWriter();
        var exit = await ExportCommand.RunAsync(_factory.Services, ["export", .. args], output, Ct);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task ExportWritesABackupOfTheWholeEventThatReadsBackAsAnImport()
    {
        // Act
        var (exit, output) = await ExportAsync(BackupPath);

        // Assert
        Assert.Equal(0, exit);
        Assert.StartsWith($"Wrote {BackupPath}: the event, 4 day(s)", output, StringComparison.Ordinal);
        var read = ScheduleFileReader.Read(await File.ReadAllBytesAsync(BackupPath, Ct), BackupPath, new ImportLimits());
        var document = read.Document!;
        Assert.Equal(ImportFormat.SummitBackup, document.Format);
        Assert.Equal("OpenStack Summit Fall 2012", document.Event!.Name);
        Assert.Equal(28, document.Sessions.Count);
        Assert.All(document.Sessions, s => Assert.NotNull(s.Guid));
        Assert.Contains(document.Sessions, s => s.Leads.Count > 0);
        Assert.Empty(document.Skipped);
    }

    [Fact]
    public async Task ExportingTwiceGivesTheSameFile()
    {
        // Arrange
        await ExportAsync(BackupPath);
        var first = await File.ReadAllBytesAsync(BackupPath, Ct);

        // Act
        var (exit, _) = await ExportAsync(BackupPath, "--force");

        // Assert
        Assert.Equal(0, exit);
        Assert.Equal(Encoding.UTF8.GetString(first), await File.ReadAllTextAsync(BackupPath, Ct));
    }

    [Fact]
    public async Task ExportRefusesToWriteOverAFileUnlessForced()
    {
        // Arrange
        await File.WriteAllTextAsync(BackupPath, "last week's backup", Ct);

        // Act
        var (refused, refusal) = await ExportAsync(BackupPath);
        var kept = await File.ReadAllTextAsync(BackupPath, Ct);
        var (forced, _) = await ExportAsync("--force", BackupPath);

        // Assert
        Assert.Equal(1, refused);
        Assert.Contains("already exists. Add --force to write over it.", refusal, StringComparison.Ordinal);
        Assert.Equal("last week's backup", kept);
        Assert.Equal(0, forced);
        Assert.StartsWith("{\n  \"format\": \"summit-backup\"", await File.ReadAllTextAsync(BackupPath, Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], "Say which file to write the backup to.")]
    [InlineData(new[] { "a.json", "b.json" }, "Give one file to write.")]
    [InlineData(new[] { "a.json", "--replace" }, "Unknown option “--replace”.")]
    public async Task BadArgumentsSayWhatIsWrongAndWriteNothing(string[] args, string message)
    {
        // Act
        var (exit, output) = await ExportAsync(args);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains("Usage: export FILE [--force]", output, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_directory));
    }
}
