using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Import;
using Summit.Data.Import;
using Summit.Organizer.Import;

namespace Summit.Tests.Organizer.Import;

/// <summary>Upload, preview, then Import or Cancel, on a database of each test's own with the real import.</summary>
public sealed class ImportPageTests : SummitBunitContext, IAsyncLifetime
{
    private const string User = "ada@example.org";
    private const string NewTitle = "Nova on bare metal";
    private const string Renamed = "Keystone, renamed by the file";

    private TestDatabase _database = null!;
    private string _renamedSlug = "";

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ImportLimits()));
        Services.AddScoped<ImportDesk>();
        AddAuthorization().SetAuthorized(User);
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    /// <summary>The database's own backup with one session renamed and one new session in a new room.</summary>
    private async Task<string> EditedBackupAsync()
    {
        await using var db = _database.CreateContext();
        var backup = (await BackupExport.ReadAsync(db, Ct))!;
        var renamed = backup.Sessions.First(s => s.Day is not null);
        _renamedSlug = renamed.Slug!;
        var added = renamed with { Guid = Guid.Parse("3f0e7c1a-2b4d-4e6f-8a9b-0c1d2e3f4a5b"), Slug = "nova-on-bare-metal", Title = NewTitle, Room = "Hall Z", Leads = [], Subjects = [] };
        backup = backup with
        {
            Rooms = [.. backup.Rooms, new ImportRoom("Hall Z", "hall-z", null)],
            Sessions = [.. backup.Sessions.Select(s => s == renamed ? s with { Title = Renamed } : s), added],
        };
        return Encoding.UTF8.GetString(SummitBackupWriter.Write(backup));
    }

    private IRenderedComponent<ImportPage> Preview(string backup)
    {
        var cut = Render<ImportPage>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(backup, "edited-backup.json"));
        cut.WaitForElement(".import-confirm");
        return cut;
    }

    private async Task<(int Sessions, string Title)> StateAsync()
    {
        await using var db = _database.CreateContext();
        return (await db.Sessions.CountAsync(Ct), (await db.Sessions.SingleAsync(s => s.Slug == _renamedSlug, Ct)).Title);
    }

    [Fact]
    public async Task ThePreviewListsTheNewSessionTheUpdateAndTheNewRoomAndChangesNothing()
    {
        // Arrange
        var backup = await EditedBackupAsync();
        var before = await StateAsync();

        // Act
        var cut = Preview(backup);

        // Assert
        Assert.Contains("What importing “edited-backup.json” will do", cut.Find("#import-plan-heading").TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"1 new session, 1 updated, {before.Sessions - 1} unchanged", cut.Find(".import-summary").TextContent, StringComparison.Ordinal);
        Assert.Contains(NewTitle, cut.Find(".import-created").TextContent, StringComparison.Ordinal);
        Assert.Contains(Renamed, cut.Find(".import-updated").TextContent, StringComparison.Ordinal);
        Assert.Contains("Hall Z", cut.Find(".import-new-rooms").TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task ImportAppliesThePreviewAndSaysWhatItDid()
    {
        // Arrange
        var backup = await EditedBackupAsync();
        var before = await StateAsync();
        var cut = Preview(backup);

        // Act
        await cut.Find(".import-confirm").ClickAsync(new());

        // Assert
        cut.WaitForAssertion(() => Assert.StartsWith("Imported: 1 new session, 1 updated", cut.Find(".import-message").TextContent, StringComparison.Ordinal));
        Assert.Contains("What importing “edited-backup.json” did", cut.Find("#import-plan-heading").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".import-confirm"));
        Assert.Equal((before.Sessions + 1, Renamed), await StateAsync());
        await using var db = _database.CreateContext();
        Assert.Equal("Hall Z", (await db.Sessions.Include(s => s.Room).SingleAsync(s => s.Slug == "nova-on-bare-metal", Ct)).Room!.Name);
    }

    [Fact]
    public async Task CancelDiscardsThePreviewAndChangesNothing()
    {
        // Arrange
        var backup = await EditedBackupAsync();
        var before = await StateAsync();
        var cut = Preview(backup);

        // Act
        await cut.Find(".import-cancel").ClickAsync(new());

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Import cancelled: nothing was changed.", cut.Find(".import-message").TextContent.Trim()));
        Assert.Empty(cut.FindAll(".import-plan"));
        Assert.Equal(before, await StateAsync());
        await using var db = _database.CreateContext();
        Assert.False(await db.Rooms.AnyAsync(r => r.Slug == "hall-z", Ct));
    }

    [Fact]
    public async Task AScheduleChangedSinceThePreviewIsShownAgainInsteadOfImported()
    {
        // Arrange
        var cut = Preview(await EditedBackupAsync());
        await using (var db = _database.CreateContext())
        {
            // Another organizer makes the rename the file brings: the preview's "1 updated" is no longer true.
            (await db.Sessions.SingleAsync(s => s.Slug == _renamedSlug, Ct)).Title = Renamed;
            await db.SaveChangesAsync(Ct);
        }

        var before = await StateAsync();

        // Act
        await cut.Find(".import-confirm").ClickAsync(new());

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("The schedule changed since this preview was made, so nothing was imported.", cut.Find(".import-message").TextContent, StringComparison.Ordinal));
        Assert.StartsWith("1 new session, 0 updated", cut.Find(".import-summary").TextContent, StringComparison.Ordinal);
        Assert.Single(cut.FindAll(".import-confirm"));
        Assert.Equal(before, await StateAsync());
    }

    [Fact]
    public async Task AFileTheScheduleAlreadyHoldsSaysSoAndOffersNoImport()
    {
        // Arrange
        string backup;
        await using (var db = _database.CreateContext())
        {
            backup = Encoding.UTF8.GetString(SummitBackupWriter.Write((await BackupExport.ReadAsync(db, Ct))!));
        }

        var cut = Render<ImportPage>();

        // Act
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(backup, "summit-backup.json"));

        // Assert
        cut.WaitForAssertion(() => Assert.Equal(
            "Importing this file changes nothing: the schedule already holds everything in it.", cut.Find(".import-nothing").TextContent.Trim()));
        Assert.StartsWith("0 new sessions, 0 updated", cut.Find(".import-summary").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".import-confirm"));
    }
}
