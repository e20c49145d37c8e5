using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Api;

/// <summary>A session whose slug changed or that was removed, asked for by its old address. Each test owns its app.</summary>
public sealed class ApiRemovedAndRenamedTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false });

    private async Task<(int Id, Guid Version)> SessionAsync(string slug)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        return db.Sessions.Where(s => s.Slug == slug).Select(s => new ValueTuple<int, Guid>(s.Id, s.Version)).Single();
    }

    [Fact]
    public async Task AFormerSlugRedirectsPermanentlyToTheSessionsCurrentAddress()
    {
        // Arrange: the organizer editor changes the slug
        var (id, _) = await SessionAsync("pki-future");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
            var form = (await editor.LoadAsync(id, Ct))!;
            form.Slug = "pki-next";
            Assert.True((await editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct)).Succeeded);
        }

        // Act
        var old = await Client().GetAsync("/api/v1/sessions/pki-future", Ct);
        var current = await Client().GetJsonAsync(old.Headers.Location!.PathAndQuery);

        // Assert
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/api/v1/sessions/pki-next", old.Headers.Location.AbsolutePath);
        Assert.Equal("pki-next", current.GetProperty("slug").GetString());
    }

    [Fact]
    public async Task ARemovedSessionIsGoneWithAProblemNamingIt()
    {
        // Arrange
        var (id, version) = await SessionAsync("pki-future");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            Assert.True((await scope.ServiceProvider.GetRequiredService<SessionEditor>().DeleteAsync(id, version, "ada@example.org", Ct)).Succeeded);
        }

        // Act
        var response = await Client().GetAsync("/api/v1/sessions/pki-future", Ct);
        var list = await Client().GetJsonAsync("/api/v1/sessions");

        // Assert
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("PKI Future", (await ApiJsonReader.ReadAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("pki-future", list.GetProperty("sessions").Strings("slug"));
        Assert.Equal(27, list.GetProperty("total").GetInt32());
    }
}
