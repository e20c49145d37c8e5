using System.Net;
using Summit.Tests.Changelog;

namespace Summit.Tests.Api;

/// <summary>An event published when released, before its first release: the API says so and lists nothing.</summary>
public sealed class ApiNotPublishedTests : IAsyncLifetime
{
    private readonly SummitAppFactory _app = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        await ReleaseScenario.PublishWhenReleasedAsync(_app.Services, keepReleases: false);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheEventSaysItIsNotPublishedAndHasNoRelease()
    {
        var json = await _app.CreateClient().GetJsonAsync("/api/v1/event");

        Assert.Equal("OpenStack Summit Fall 2012", json.GetProperty("name").GetString());
        Assert.False(json.GetProperty("published").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("release").ValueKind);
        Assert.Equal(0, json.GetProperty("sessionCount").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/sessions")]
    [InlineData("/api/v1/sessions?track=keystone")]
    public async Task SessionListsAreEmptyNotErrors(string path)
    {
        var json = await _app.CreateClient().GetJsonAsync(path);

        Assert.Equal(0, json.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ASessionIsNotFoundAndSaysWhy()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/sessions/pki-future", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("The schedule is not published yet.", (await ApiJsonReader.ReadAsync(response)).GetProperty("detail").GetString());
    }
}
