using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Summit.Web.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Http;

/// <summary>What browsers, proxies and calendar apps see of caching: validators, 304s, compression and freshness after an edit.</summary>
public sealed partial class PublicCachingTests : IAsyncLifetime
{
    private const string SplitSession = "/sessions/improving-quantum-firewalling";

    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private HttpClient Client(string? acceptEncoding = null)
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        if (acceptEncoding is not null)
        {
            client.DefaultRequestHeaders.AcceptEncoding.ParseAdd(acceptEncoding);
        }

        return client;
    }

    private async Task RenameSessionAsync(string slug, string title)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug, Ct);
        session.Title = title;
        await db.SaveChangesAsync(Ct);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?track=quantum")]
    [InlineData(SplitSession)]
    public async Task PublicPagesCarryValidatorsAndAnswerARevalidationWith304(string path)
    {
        // Arrange
        var client = Client();
        var first = await client.GetAsync(path, Ct);
        var etag = first.Headers.ETag;

        // Act
        var byEtag = new HttpRequestMessage(HttpMethod.Get, path);
        byEtag.Headers.IfNoneMatch.Add(etag!);
        var revalidated = await client.SendAsync(byEtag, Ct);
        var byDate = new HttpRequestMessage(HttpMethod.Get, path);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var revalidatedByDate = await client.SendAsync(byDate, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.True(first.Headers.CacheControl is { Public: true, NoCache: true });
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, revalidatedByDate.StatusCode);
    }

    [Fact]
    public async Task AnOrganizersSaveShowsOnTheNextRequestAndOldCopiesAreNoLongerValid()
    {
        // Arrange
        var client = Client();
        var before = await client.GetAsync("/", Ct);
        _ = await client.GetAsync("/", Ct);
        _ = await client.GetAsync("/calendar.ics", Ct);

        // Act
        await RenameSessionAsync("improving-quantum-firewalling", "Firewalls, renamed a minute ago");
        var page = await client.GetStringAsync("/", Ct);
        var feed = await client.GetStringAsync("/calendar.ics", Ct);
        var sessionPage = await client.GetStringAsync(SplitSession, Ct);
        var stale = new HttpRequestMessage(HttpMethod.Get, "/");
        stale.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var revalidated = await client.SendAsync(stale, Ct);

        // Assert
        Assert.Contains("Firewalls, renamed a minute ago", page);
        Assert.Contains("Firewalls\\, renamed a minute ago", feed);
        Assert.Contains("Firewalls, renamed a minute ago", sessionPage);
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.NotEqual(before.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task RepeatedRequestsAreServedFromTheOutputCachePerUrlAndForVisitorsWithAnAgenda()
    {
        // Arrange
        var client = Client();
        var withAgenda = Client();
        withAgenda.DefaultRequestHeaders.Add("Cookie", "summit_agenda=some-visitors-token");

        // Act
        var first = await client.GetAsync("/", Ct);
        var second = await client.GetAsync("/", Ct);
        var visitor = await withAgenda.GetAsync("/", Ct);
        var filtered = await client.GetStringAsync("/?q=ipv6", Ct);

        // Assert
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.NotNull(visitor.Headers.Age);
        Assert.False(visitor.Headers.Contains("Set-Cookie"));
        Assert.Equal(await first.Content.ReadAsStringAsync(Ct), await visitor.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, Regex.Count(filtered, "class=\"session-card"));
    }

    [Fact]
    public async Task EnhancedNavigationGetsItsOwnCachedCopyThatBlazorStillAccepts()
    {
        // Arrange
        var client = Client();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html; blazor-enhanced-nav=on");
        var plain = await Client().GetAsync("/?track=keystone", Ct);

        // Act
        _ = await client.GetAsync("/?track=keystone", Ct);
        var cached = await client.GetAsync("/?track=keystone", Ct);

        // Assert
        Assert.NotNull(cached.Headers.Age);
        Assert.NotEqual(plain.Headers.ETag, cached.Headers.ETag);
        // Blazor's script compares this value exactly; anything else makes it reload the whole page.
        Assert.Equal(["allow"], cached.Headers.GetValues("blazor-enhanced-nav"));
        Assert.True(cached.Headers.Contains("ssr-framing"));
    }

    [Fact]
    public async Task AnUnknownSessionIsNotGivenAVersion()
    {
        var response = await Client().GetAsync("/sessions/no-such-session", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Null(response.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("br", "/")]
    [InlineData("gzip", "/")]
    [InlineData("br", SplitSession)]
    [InlineData("br", "/calendar.ics")]
    [InlineData("gzip", "/calendar.ics")]
    public async Task PagesAndFeedsAreCompressedForClientsThatAcceptIt(string encoding, string path)
    {
        // Arrange
        var plain = await Client().GetByteArrayAsync(path, Ct);

        // Act
        var response = await Client(encoding).GetAsync(path, Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);

        // Assert
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(body.Length * 2 < plain.Length, $"{encoding}: {body.Length} bytes of {plain.Length}");
        Assert.Equal(plain, Decompress(encoding, body));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/agenda")]
    public async Task PagesThatHoldSecretsAreNotCompressed(string path)
    {
        // A compressed page with a token beside attacker-chosen text can leak the token (BREACH).
        var response = await Client("br, gzip").GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task StaticAssetsAreFingerprintedAndCachedForAYear()
    {
        // Arrange
        var html = await Client().GetStringAsync("/", Ct);
        var stylesheets = Stylesheet().Matches(html).Select(m => m.Groups[1].Value).ToList();

        // Headers as a published app sends them (a build run keeps assets uncached so edits show at once; publishing
        // also adds the Brotli and gzip copies, which the load script checks on the published app).
        using var published = _factory.WithWebHostBuilder(b => b.UseSetting("EnableStaticAssetsDevelopmentCaching", "true"));
        var client = published.CreateClient();

        // Act
        var responses = await Task.WhenAll(stylesheets.Select(href => client.GetAsync("/" + href, Ct)));

        // Assert
        Assert.Contains(stylesheets, href => href.StartsWith("site.", StringComparison.Ordinal));
        Assert.All(stylesheets, href => Assert.Matches(@"\.[a-z0-9]{10}\.css$", href));
        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.True(r.Headers.CacheControl is { MaxAge.TotalDays: >= 365 }, r.Headers.CacheControl?.ToString());
            Assert.Contains("immutable", r.Headers.CacheControl!.Extensions.Select(e => e.Name));
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/{Slug}")]
    [InlineData("/calendar.ics")]
    [InlineData("/sessions/{slug}/calendar.ics")]
    public void EveryPublicRenderIsOutputCachedCompressedAndTakesItsTurn(string route)
    {
        // Renders wait for a free core instead of piling up megabytes of render trees under a flood of new URLs.
        var endpoint = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.RoutePattern.RawText == route && e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") != false);

        Assert.NotNull(endpoint.Metadata.GetMetadata<EnableRateLimitingAttribute>());
        Assert.NotNull(endpoint.Metadata.GetMetadata<CachedAnswerAttribute>());
        Assert.True(endpoint.Metadata.GetMetadata<CompressedResponseAttribute>() is not null || endpoint.Metadata.GetMetadata<PublicPageAttribute>() is not null);
    }

    private static byte[] Decompress(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
