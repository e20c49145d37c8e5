using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Import;
using Summit.Organizer.Import;

namespace Summit.Tests.Organizer.Import;

/// <summary>Files the import page turns away: it says why, shows no preview and changes nothing.</summary>
public sealed class ImportPageRefusalTests : SummitBunitContext, IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Services.AddSingleton<IDbContextFactory<SummitDbContext>>(new TestDbContextFactory(_database));
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(new ImportLimits { MaxFileBytes = 1024 * 1024 }));
        Services.AddScoped<ImportDesk>();
        AddAuthorization().SetAuthorized("ada@example.org");
    }

    protected override async ValueTask DisposeAsyncCore()
    {
        await base.DisposeAsyncCore();
        await _database.DisposeAsync();
    }

    private async Task<int> SessionCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.CountAsync(Ct);
    }

    [Fact]
    public async Task ABackupFromANewerSummitIsRefusedWithTheReason()
    {
        // Arrange
        var before = await SessionCountAsync();
        var cut = Render<ImportPage>();

        // Act
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(
            """{"format":"summit-backup","version":7,"event":{"name":"Later","timeZone":"UTC"}}""", "later.json"));

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("“later.json” was not imported.", cut.Find(".import-refusal").TextContent, StringComparison.Ordinal));
        Assert.Contains("written by a newer Summit (backup version 7)", cut.Find(".import-refusal").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".import-plan"));
        Assert.Empty(cut.FindAll(".import-confirm"));
        Assert.Equal(before, await SessionCountAsync());
    }

    [Fact]
    public void AnEmptyFileIsRefused()
    {
        // Arrange
        var cut = Render<ImportPage>();

        // Act
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("", "schedule.csv"));

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("The file is empty.", cut.Find(".import-refusal").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedWithBothSizes()
    {
        // Arrange
        var cut = Render<ImportPage>();

        // Act
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[1536 * 1024], "huge.json"));

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(
            "“huge.json” is 1.5 MB; an import takes at most 1 MB. Nothing was read or changed.", cut.Find(".import-refusal").TextContent, StringComparison.Ordinal));
        Assert.Contains("At most 1 MB.", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePageOffersTheBackupDownload()
    {
        // Act
        var cut = Render<ImportPage>();

        // Assert
        var link = cut.Find("a.import-backup-link");
        Assert.Equal("/organizer/backup.json", link.GetAttribute("href"));
        Assert.Equal("summit-backup.json", link.GetAttribute("download"));
    }
}
