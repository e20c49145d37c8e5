using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.EventSettings;

namespace Summit.Tests.Security;

/// <summary>What the organizer sets on the event's page reaches attendees' browsers: image origins in the policy, only web links in the banner.</summary>
public sealed class ImageOriginsHttpTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private static string ImageSources(HttpResponseMessage response) =>
        string.Join(", ", response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries)
            .Single(d => d.StartsWith("img-src ", StringComparison.Ordinal));

    [Fact]
    public async Task ImagesFromAnOriginTheOrganizerListedAreAllowedOnPagesEvenOnesCachedBefore()
    {
        // Arrange
        var client = _factory.CreateClient();
        const string path = "/sessions/pki-future";
        var before = await client.GetAsync(path, Ct);

        // Act
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<EventSettingsEditor>();
            var form = (await editor.LoadAsync(Ct))!;
            form.ImageOrigins = " https://Images.Example.org/ \n\nhttps://cdn.example.net:8443";
            Assert.True((await editor.SaveAsync(form.ToDraft(), form.Version, false, "ada@example.org", Ct)).Succeeded);
        }

        var after = await client.GetAsync(path, Ct);
        var home = await client.GetAsync("/", Ct);

        // Assert
        Assert.Equal("img-src 'self' data:", ImageSources(before));
        Assert.Equal("img-src 'self' data: https://images.example.org https://cdn.example.net:8443", ImageSources(after));
        Assert.Equal(ImageSources(after), ImageSources(home));
    }

    [Fact]
    public async Task AStoredBannerLinkThatIsNotAWebAddressIsNotRenderedAsALink()
    {
        // Arrange
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var conference = await db.Conferences.SingleAsync(Ct);
            conference.BannerLinkUrl = "javascript:alert(document.cookie)";
            await db.SaveChangesAsync(Ct);
        }

        // Act
        var response = await _factory.CreateClient().GetAsync("/", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Register now!", html, StringComparison.Ordinal);
    }
}
