using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Api;

/// <summary>What an app polling the API sees: validators, 304s and a new answer after an organizer's change.</summary>
public sealed class ApiCachingTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/event")]
    [InlineData("/api/v1/days")]
    [InlineData("/api/v1/rooms")]
    [InlineData("/api/v1/tracks")]
    [InlineData("/api/v1/leads")]
    [InlineData("/api/v1/sessions?track=quantum")]
    [InlineData("/api/v1/sessions/pki-future")]
    public async Task AnUnchangedAnswerIsNotModifiedForItsETag(string path)
    {
        // Arrange
        var client = factory.CreateClient();
        var first = await client.GetAsync(path, Ct);
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());

        // Act
        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(conditional, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task AnotherETagGetsTheWholeAnswer()
    {
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sessions");
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-older-version\"", isWeak: true));

        var response = await factory.CreateClient().SendAsync(conditional, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task AnEditGivesANewAnswerAndETag()
    {
        // Arrange: an app of its own, since the edit would change what the other tests read
        await using var app = new SummitAppFactory();
        var client = app.CreateClient();
        var before = await client.GetAsync("/api/v1/sessions/pki-future", Ct);

        // Act
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == "pki-future", Ct);
            session.Title = "PKI Future, revisited";
            session.Revision++;
            session.LastModifiedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(Ct);
        }

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/sessions/pki-future");
        conditional.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var after = await client.SendAsync(conditional, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        var json = await ApiJsonReader.ReadAsync(after);
        Assert.Equal("PKI Future, revisited", json.GetProperty("title").GetString());
        Assert.Equal(1, json.GetProperty("revision").GetInt32());
    }
}
