using System.Net;
using System.Text.Json;

namespace Summit.Tests.Api;

/// <summary>The API's descriptions: the OpenAPI document generated from the endpoints, and the page people read.</summary>
public sealed class ApiDocumentTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheOpenApiDocumentListsEveryEndpointWithASummary()
    {
        var json = await factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        Assert.StartsWith("3.", json.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("Summit schedule API", json.GetProperty("info").GetProperty("title").GetString());
        var paths = json.GetProperty("paths");
        string[] expected = ["/api/v1/event", "/api/v1/days", "/api/v1/rooms", "/api/v1/tracks", "/api/v1/leads", "/api/v1/sessions", "/api/v1/sessions/{slug}"];
        Assert.Equal(expected.Order(), paths.EnumerateObject().Select(p => p.Name).Order());
        Assert.All(expected, path =>
        {
            var get = paths.GetProperty(path).GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("description").GetString()));
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out _));
        });
    }

    [Fact]
    public async Task TheDocumentDescribesTheSessionFiltersAndProblems()
    {
        var json = await factory.CreateClient().GetJsonAsync("/openapi/v1.json");

        var get = json.GetProperty("paths").GetProperty("/api/v1/sessions").GetProperty("get");
        Assert.Equal(["room", "day", "track", "lead", "kind", "status", "leadwanted", "q"], get.GetProperty("parameters").Strings("name"));
        Assert.True(get.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        var kinds = json.GetProperty("components").GetProperty("schemas").GetProperty("SessionKind").GetProperty("enum");
        Assert.Equal(["regular", "split", "half"], kinds.EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task TheSessionSchemaHasEveryFieldTheApiSends()
    {
        var client = factory.CreateClient();
        var document = await client.GetJsonAsync("/openapi/v1.json");
        var session = await client.GetJsonAsync("/api/v1/sessions/pki-future");

        var described = document.GetProperty("components").GetProperty("schemas").GetProperty("ApiSession").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(session.EnumerateObject(), field => Assert.Contains(field.Name, described));
        Assert.Equal(JsonValueKind.String, document.GetProperty("components").GetProperty("schemas").GetProperty("ApiSession")
            .GetProperty("properties").GetProperty("id").GetProperty("type").ValueKind);
    }

    [Fact]
    public async Task TheApiPageListsTheAddressesAndAnExampleWithoutScript()
    {
        var response = await factory.CreateClient().GetAsync("/api", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        foreach (var path in new[] { "/api/v1/event", "/api/v1/days", "/api/v1/rooms", "/api/v1/tracks", "/api/v1/leads", "/api/v1/sessions", "/openapi/v1.json" })
        {
            Assert.Contains($"href=\"{path}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("leadwanted", html, StringComparison.Ordinal);
        Assert.Contains("&quot;subjects&quot;", html, StringComparison.Ordinal);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/grid")]
    public async Task TheSchedulePagesLinkToTheApiPage(string path)
    {
        var html = await factory.CreateClient().GetStringAsync(path, Ct);

        Assert.Contains("href=\"/api\"", html, StringComparison.Ordinal);
    }
}
