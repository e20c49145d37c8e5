using System.Net;

namespace Summit.Tests.Api;

/// <summary>
/// A web app on another origin reading the API or the schedule exports: every answer carries the CORS headers, including answers the cache
/// serves before the rest of the pipeline, and a preflight for a revalidating request is allowed.
/// </summary>
public sealed class ApiCorsTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private const string Origin = "https://app.example.org";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> GetFromOtherOriginAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", Origin);
        return await factory.CreateClient().SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("/api/v1/sessions?track=keystone")]
    [InlineData("/api/v1/tracks")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/schedule.json?track=keystone")]
    [InlineData("/schedule.xml")]
    public async Task AGetFromAnyOriginMayBeRead(string path)
    {
        var response = await GetFromOtherOriginAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task AnAnswerStoredForAClientWithoutOriginCarriesTheHeadersWhenServedFromTheCache()
    {
        // Arrange: the first request, with no Origin, is stored without CORS headers
        var path = "/api/v1/sessions?kind=split";
        var plain = await factory.CreateClient().GetAsync(path, Ct);
        Assert.False(plain.Headers.Contains("Access-Control-Allow-Origin"));

        // Act: the second is served from the stored answer, before authentication and everything after it
        var response = await GetFromOtherOriginAsync(path);

        // Assert
        Assert.True(response.Headers.Contains("Age"), "served from the cache");
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnAnswerStoredForAnotherOriginIsNotHandedToAClientWithoutOneAsIfItHadAsked()
    {
        var path = "/api/v1/sessions?kind=half";
        await GetFromOtherOriginAsync(path);

        var plain = await factory.CreateClient().GetAsync(path, Ct);

        Assert.True(plain.Headers.Contains("Age"), "served from the cache");
        Assert.False(plain.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AProblemMayBeReadFromAnyOriginToo()
    {
        var response = await GetFromOtherOriginAsync("/api/v1/sessions/no-such-session");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Fact]
    public async Task APreflightForARevalidatingGetIsAllowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/sessions");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");
        preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");

        var response = await factory.CreateClient().SendAsync(preflight, Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
        Assert.Contains("if-none-match", response.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task APreflightForAWriteIsNotAllowed()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/sessions");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");

        var response = await factory.CreateClient().SendAsync(preflight, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods") && response.Headers.GetValues("Access-Control-Allow-Methods").Single().Contains("DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheSitesPagesAreNotShared()
    {
        var response = await GetFromOtherOriginAsync("/");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
