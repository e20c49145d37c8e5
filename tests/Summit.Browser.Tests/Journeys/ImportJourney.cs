using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Summit.Browser.Tests.Infrastructure;

namespace Summit.Browser.Tests.Journeys;

/// <summary>
/// An organizer imports a spreadsheet's CSV through the browser: the file goes up through the page's file input, the
/// preview says what will be created, and Import applies it. Its own server: the import changes the event.
/// </summary>
public sealed class ImportJourney(BrowserFixture browser)
{
    private const string Csv = """
        Title;Day;Start;End;Room;Track;Speakers;Description
        Imported keynote;2012-10-16;09:00;09:40;Annapolis;Keystone;Ada Lovelace;From a *spreadsheet*.
        """;

    [Fact]
    public async Task ACsvIsPreviewedThenImportedIntoANewRoom()
    {
        // Arrange
        await using var server = await SummitServer.StartAsync();
        await using var session = await Organizers.SignedInAsync(browser.Browser, server, "importer@example.org");
        var page = session.Page;
        await page.GotoAsync("/organizer/import");
        await page.WaitForInteractiveAsync();

        // Act 1: choose the file
        await page.Locator("#import-file").SetInputFilesAsync(new FilePayload { Name = "program.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Csv) });

        // Assert 1: the preview, nothing changed yet
        await Assertions.Expect(page.Locator(".import-created")).ToContainTextAsync("Imported keynote", new() { Timeout = Interactivity.TimeoutMilliseconds });
        await Assertions.Expect(page.Locator(".import-new-rooms")).ToHaveTextAsync("Annapolis");
        Assert.Equal(0, await CountAsync(server));

        // Act 2: confirm
        await page.Locator(".import-confirm").ClickAsync();

        // Assert 2: applied and said so
        await Assertions.Expect(page.Locator(".import-message")).ToContainTextAsync("Imported: 1 new session, 0 updated");
        Assert.Equal(1, await CountAsync(server));
        session.AssertNoErrors();
    }

    private static async Task<int> CountAsync(SummitServer server)
    {
        var count = -1;
        await server.WithDatabaseAsync(async db =>
            count = await db.Sessions.CountAsync(s => s.Title == "Imported keynote" && s.Room!.Name == "Annapolis"));
        return count;
    }
}
