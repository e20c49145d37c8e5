using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Structure;

namespace Summit.Tests.Grid;

/// <summary>The grid is cached and revalidated exactly like the list: the same validators for the same schedule.</summary>
public sealed class GridCachingTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/grid")]
    [InlineData("/grid?track=quantum&day=2012-10-16")]
    public async Task TheGridCarriesValidatorsAndAnswersARevalidationWith304(string path)
    {
        // Arrange
        var client = Client();
        var first = await client.GetAsync(path, Ct);

        // Act
        var byEtag = new HttpRequestMessage(HttpMethod.Get, path);
        byEtag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var revalidated = await client.SendAsync(byEtag, Ct);
        var byDate = new HttpRequestMessage(HttpMethod.Get, path);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        var revalidatedByDate = await client.SendAsync(byDate, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.ETag is { IsWeak: true });
        Assert.True(first.Headers.CacheControl is { Public: true, NoCache: true });
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(HttpStatusCode.NotModified, revalidatedByDate.StatusCode);
    }

    [Fact]
    public async Task TheGridAndTheListShareTheirValidatorsAndSecondRequestsComeFromTheCache()
    {
        // Arrange
        var client = Client();
        var withAgenda = Client();
        withAgenda.DefaultRequestHeaders.Add("Cookie", "summit_agenda=some-visitors-token");

        // Act
        var list = await client.GetAsync("/?track=quantum", Ct);
        var grid = await client.GetAsync("/grid?track=quantum", Ct);
        var again = await client.GetAsync("/grid?track=quantum", Ct);
        var visitor = await withAgenda.GetAsync("/grid?track=quantum", Ct);

        // Assert
        Assert.Equal(list.Headers.ETag, grid.Headers.ETag);
        Assert.Equal(list.Content.Headers.LastModified, grid.Content.Headers.LastModified);
        Assert.Null(grid.Headers.Age);
        Assert.NotNull(again.Headers.Age);
        Assert.NotNull(visitor.Headers.Age);
        Assert.False(visitor.Headers.Contains("Set-Cookie"));
        Assert.Equal(await grid.Content.ReadAsStringAsync(Ct), await visitor.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task AnOrganizersSaveShowsOnTheGridAndItsOldTagIsNoLongerValid()
    {
        // Arrange
        var client = Client();
        var before = await client.GetAsync("/grid", Ct);

        // Act
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == "pki-future", Ct);
            session.Title = "PKI, renamed a minute ago";
            await db.SaveChangesAsync(Ct);
        }

        var stale = new HttpRequestMessage(HttpMethod.Get, "/grid");
        stale.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        var revalidated = await client.SendAsync(stale, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, revalidated.StatusCode);
        Assert.NotEqual(before.Headers.ETag, revalidated.Headers.ETag);
        Assert.Contains("PKI, renamed a minute ago", await revalidated.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task ARenamedTracksOldGridAddressRedirectsToTheGridUnderItsNewSlug()
    {
        // Arrange
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<StructureEditor>();
            var keystone = (await editor.ListAsync(Ct)).Tracks.Single(t => t.Slug == "keystone");
            Assert.True((await editor.SaveAsync(NamedKind.Track, keystone.Id, new NamedDraft(keystone.Name, "identity"), "ada@example.org", Ct)).Succeeded);
        }

        // Act
        var old = await Client().GetAsync("/grid?track=keystone", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/grid?track=identity", old.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task TheGridIsCompressed()
    {
        var client = Client();
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br");

        var response = await client.GetAsync("/grid", Ct);

        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }
}
