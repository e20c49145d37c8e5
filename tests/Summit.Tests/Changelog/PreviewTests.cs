using System.Net;

namespace Summit.Tests.Changelog;

/// <summary>
/// Organizers preview the working copy of an event published when released at /preview; attendees keep seeing the
/// latest release, and nobody else reaches the preview.
/// </summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await ReleaseScenario.PublishWhenReleasedAsync(_app.Services, keepReleases: true);
        await ReleaseScenario.RetitleAsync(_app.Services, "pki-future", "PKI Futures");
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));

    [Fact]
    public async Task ThePublicScheduleKeepsTheReleaseWhileTheWorkingCopyChanged()
    {
        var html = await HtmlAsync(await _app.Browser().GetAsync("/", Ct));

        Assert.Contains(">PKI Future</a>", html);
        Assert.DoesNotContain("PKI Futures", html);
    }

    [Fact]
    public async Task AnOrganizerPreviewsTheWorkingCopyWithABanner()
    {
        // Arrange
        var organizer = await _app.SignedInAsync("organizer@example.org", organizer: true);

        // Act
        var response = await organizer.GetAsync("/preview", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("Preview of the working copy: not released yet.", html);
        Assert.Contains("<a href=\"/preview/sessions/pki-future\">PKI Futures</a>", html);
        Assert.Contains("action=\"/preview/\"", html);
    }

    [Fact]
    public async Task AnOrganizerPreviewsASessionPage()
    {
        var organizer = await _app.SignedInAsync("organizer@example.org", organizer: true);

        var response = await organizer.GetAsync("/preview/sessions/pki-future", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await HtmlAsync(response);
        Assert.Contains("Preview of the working copy: not released yet.", html);
        Assert.Contains("PKI Futures", html);
    }

    [Fact]
    public async Task ThePreviewIsNeverStored()
    {
        var organizer = await _app.SignedInAsync("organizer@example.org", organizer: true);

        var response = await organizer.GetAsync("/preview", Ct);

        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.Private);
        Assert.True(cacheControl.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/preview")]
    [InlineData("/preview/sessions/pki-future")]
    public async Task AnonymousVisitorsAreSentToSignIn(string url)
    {
        var response = await _app.Browser().GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInNonOrganizersDoNotSeeThePreview()
    {
        var attendee = await _app.SignedInAsync("attendee@example.org", organizer: false);

        var response = await attendee.GetAsync("/preview", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("PKI Futures", await HtmlAsync(response));
    }
}
