using System.Net;

namespace Summit.Tests.Security;

/// <summary>The organizer area is served under the same policy: scripts from the site's files only, never framed.</summary>
public sealed class OrganizerSecurityHeadersTests(OrganizerAppFactory factory) : IClassFixture<OrganizerAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/organizer")]
    [InlineData("/organizer/event")]
    [InlineData("/organizer/sessions")]
    public async Task OrganizerPagesCarryTheSecurityHeaders(string path)
    {
        // Arrange
        var client = await factory.SignedInAsync($"headers-{Guid.NewGuid():N}@example.org", organizer: true);

        // Act
        var response = await client.GetAsync(path, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = string.Join(", ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self' 'sha256-", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", policy, StringComparison.Ordinal);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Equal(["strict-origin-when-cross-origin"], response.Headers.GetValues("Referrer-Policy"));
    }
}
