using System.Net;
using System.Text.Json;

namespace Summit.Tests.Offline;

/// <summary>
/// What a browser needs to keep the schedule offline and install it: the service worker at the site's root, the web app
/// manifest, and a policy that lets both load. Reads only.
/// </summary>
public sealed class OfflineFilesHttpTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Directive(HttpResponseMessage response, string directive) =>
        string.Join(", ", response.Headers.GetValues("Content-Security-Policy")).Split(';', StringSplitOptions.TrimEntries)
            .SingleOrDefault(d => d.StartsWith(directive + " ", StringComparison.Ordinal)) ?? "";

    [Fact]
    public async Task TheServiceWorkerIsScriptFromTheRootThatBrowsersCheckForUpdatesEachTime()
    {
        // Act
        var response = await factory.CreateClient().GetAsync("/sw.js", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, $"Cache-Control was “{response.Headers.CacheControl}”.");
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task TheManifestNamesTheAppItsStartAndItsIcons()
    {
        // Arrange
        var client = factory.CreateClient();

        // Act
        var response = await client.GetAsync("/manifest.webmanifest", Ct);
        using var manifest = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        // Assert
        Assert.Equal("application/manifest+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache, $"Cache-Control was “{response.Headers.CacheControl}”.");
        var root = manifest.RootElement;
        Assert.Equal("Summit", root.GetProperty("short_name").GetString());
        Assert.Equal("/", root.GetProperty("start_url").GetString());
        Assert.Equal("standalone", root.GetProperty("display").GetString());
        Assert.Equal("#16384f", root.GetProperty("theme_color").GetString());
        foreach (var icon in root.GetProperty("icons").EnumerateArray())
        {
            var image = await client.GetAsync(icon.GetProperty("src").GetString(), Ct);
            Assert.Equal(HttpStatusCode.OK, image.StatusCode);
            Assert.Equal(icon.GetProperty("type").GetString(), image.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/grid")]
    [InlineData("/sessions/pki-future")]
    [InlineData("/agenda")]
    public async Task PublicPagesLinkTheManifestAndLoadTheWorkerScript(string path)
    {
        // Act
        var response = await factory.CreateClient().GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        // Assert
        Assert.Contains("<link rel=\"manifest\" href=\"/manifest.webmanifest\"", html, StringComparison.Ordinal);
        Assert.Matches("<script src=\"offline(\\.[a-z0-9]+)?\\.js\"></script>", html);
        Assert.Equal("worker-src 'self'", Directive(response, "worker-src"));
        Assert.Equal("manifest-src 'self'", Directive(response, "manifest-src"));
    }

    [Fact]
    public async Task TheWorkerScriptRunsUnderAPolicyThatLetsItFetchTheSite()
    {
        // Act
        var response = await factory.CreateClient().GetAsync("/sw.js", Ct);

        // Assert: a worker's own fetches follow the policy its script came with.
        Assert.Equal("connect-src 'self'", Directive(response, "connect-src"));
        Assert.Equal("worker-src 'self'", Directive(response, "worker-src"));
    }
}
