using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Forms;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer.Saving;

/// <summary>Saves through the app's own services and configuration, as calendars then see them; each test on its own server.</summary>
public sealed partial class SavingOverHttpTests
{
    private const string User = "ada@example.org";
    private const string Slug = "pki-future";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(int Id, SessionForm Form)> OpenAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<SummitDbContext>();
        var id = await db.Sessions.Where(s => s.Slug == Slug).Select(s => s.Id).SingleAsync(Ct);
        return (id, (await services.GetRequiredService<SessionEditor>().LoadAsync(id, Ct))!);
    }

    [Fact]
    public async Task SavingAnUnchangedSessionTwiceLeavesItsFeedAndSequenceAsTheyWere()
    {
        // Arrange
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        var before = await client.GetStringAsync($"/sessions/{Slug}/calendar.ics", Ct);
        Assert.Contains("SEQUENCE:0\r\n", before, StringComparison.Ordinal);

        // Act: a double click on Save sends the loaded form twice.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (id, form) = await OpenAsync(scope.ServiceProvider);
            var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
            Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct)).Succeeded);
            Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, User, Ct)).Succeeded);
        }

        // Assert
        var after = await client.GetStringAsync($"/sessions/{Slug}/calendar.ics", Ct);
        Assert.Contains("SEQUENCE:0\r\n", after, StringComparison.Ordinal);
        await using var check = app.Services.CreateAsyncScope();
        Assert.Empty(await check.ServiceProvider.GetRequiredService<SummitDbContext>().Changes.ToListAsync(Ct));
    }
}
