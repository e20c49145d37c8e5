using System.Net;

namespace Summit.Tests.Http;

/// <summary>Uptime monitors and link checkers send HEAD: it gets what GET gets, without the body.</summary>
public sealed class HeadRequestTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static readonly string[] ComparedHeaders =
        ["Content-Type", "Cache-Control", "ETag", "Last-Modified", "Location", "Vary", "Content-Disposition", "Allow"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Headers(HttpResponseMessage response) =>
        response.Headers.Concat(response.Content.Headers)
            .Where(h => ComparedHeaders.Contains(h.Key, StringComparer.OrdinalIgnoreCase))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(", ", h.Value));

    [Theory]
    [InlineData("/")]
    [InlineData("/?track=keystone&day=2012-10-16")]
    [InlineData("/sessions/pki-future")]
    [InlineData("/sessions/pki-future/calendar.ics")]
    [InlineData("/calendar.ics?track=keystone")]
    [InlineData("/agenda")]
    [InlineData("/agenda/state")]
    [InlineData("/account/login")]
    [InlineData("/favicon.svg")]
    [InlineData("/app.css")]
    [InlineData("/healthz")]
    [InlineData("/organizer")]
    [InlineData("/sessions/no-such-session")]
    [InlineData("/no/such/page")]
    public async Task HeadAnswersWithTheStatusAndHeadersOfGetAndNoBody(string path)
    {
        // Arrange
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var get = await client.GetAsync(path, Ct);

        // Act
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Ct);

        // Assert
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(Headers(get), Headers(head));
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task HeadOfTheHomePageIsOk()
    {
        // Act
        var head = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"), Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);
    }
}
