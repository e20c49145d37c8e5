using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Generation;
using Summit.Data.Import;

namespace Summit.Tests.OpenData;

/// <summary>/schedule.json and /schedule.xml served by the app. The class shares one app that its tests only read.</summary>
public sealed class OpenDataHttpTests(SummitAppFactory factory) : IClassFixture<SummitAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Dictionary<string, (string Guid, int Id)>> IdentitiesAsync(HttpClient client)
    {
        using var json = JsonDocument.Parse(await client.GetByteArrayAsync("/schedule.json", Ct));
        return ExportReading.Events(json).ToDictionary(
            e => e.GetProperty("slug").GetString()!,
            e => (e.GetProperty("guid").GetString()!, e.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task ScheduleJsonIsServedAsUtf8JsonAndValid()
    {
        // Act
        var response = await factory.CreateClient().GetAsync("/schedule.json", Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        ExportSchemas.AssertValidJson(body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(28, ExportReading.Events(json).Count);
    }

    [Fact]
    public async Task ScheduleXmlIsServedAsUtf8XmlAndValid()
    {
        // Act
        var response = await factory.CreateClient().GetAsync("/schedule.xml", Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        await ExportSchemas.AssertValidXmlAsync(body);
        Assert.Equal(28, ExportReading.Events(ExportReading.Xml(body)).Count);
    }

    [Fact]
    public async Task FilteredJsonIsThatViewOfTheSchedule()
    {
        var body = await factory.CreateClient().GetByteArrayAsync("/schedule.json?track=keystone", Ct);

        ExportSchemas.AssertValidJson(body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(6, ExportReading.Events(json).Count);
        Assert.All(ExportReading.Events(json), e => Assert.Equal("Keystone", e.GetProperty("track").GetString()));
        Assert.Equal("http://localhost/schedule.json?track=keystone", json.RootElement.GetProperty("schedule").GetProperty("url").GetString());
    }

    [Fact]
    public async Task FilteredXmlIsThatViewOfTheSchedule()
    {
        var body = await factory.CreateClient().GetByteArrayAsync("/schedule.xml?room=windsor-bc&track=keystone", Ct);

        await ExportSchemas.AssertValidXmlAsync(body);
        var events = ExportReading.Events(ExportReading.Xml(body));
        Assert.Equal(6, events.Count);
        Assert.All(events, e => Assert.Equal("Keystone", (string?)e.Element("track")));
    }

    [Theory]
    [InlineData("/schedule.json?track=nowhere", "There is no track “nowhere”.")]
    [InlineData("/schedule.xml?room=nowhere", "There is no room “nowhere”.")]
    [InlineData("/schedule.json?day=tuesday", "is not a date")]
    [InlineData("/schedule.xml?kind=keynote", "There is no session kind")]
    [InlineData("/schedule.json?status=%00", "There is no status")]
    public async Task InvalidFilterIsA400ProblemWithTheReason(string address, string reason)
    {
        var response = await factory.CreateClient().GetAsync(address, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/schedule.json")]
    [InlineData("/schedule.xml?track=keystone")]
    public async Task UnchangedExportIsA304ForItsETag(string address)
    {
        // Arrange
        var client = factory.CreateClient();
        var first = await client.GetAsync(address, Ct);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, address);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        // Act
        var second = await client.SendAsync(conditional, Ct);

        // Assert
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("/schedule.json")]
    [InlineData("/schedule.xml?track=keystone")]
    public async Task HeadAnswersWithTheHeadersOfGetAndNoBody(string address)
    {
        var client = factory.CreateClient();
        var get = await client.GetAsync(address, Ct);

        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address), Ct);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task ExportsAreCachedLikeTheCalendarFeed()
    {
        var client = factory.CreateClient();

        var feed = await client.GetAsync("/calendar.ics", Ct);
        var export = await client.GetAsync("/schedule.json", Ct);
        var again = await client.GetAsync("/schedule.json", Ct);

        Assert.Equal(feed.Headers.CacheControl, export.Headers.CacheControl);
        Assert.Equal(await export.Content.ReadAsByteArrayAsync(Ct), await again.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal(export.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task VersionIsTheCurrentRelease()
    {
        using var json = JsonDocument.Parse(await factory.CreateClient().GetByteArrayAsync("/schedule.json", Ct));
        await using var scope = factory.Services.CreateAsyncScope();
        var snapshot = await scope.ServiceProvider.GetRequiredService<ScheduleSnapshots>().GetAsync(Ct);

        // The seed's first release is named: its number comes first, its name after it.
        var release = snapshot!.Release!;
        Assert.Equal($"{release.Version} ({release.Name})", json.RootElement.GetProperty("schedule").GetProperty("version").GetString());
    }

    [Fact]
    public async Task GuidsAndIdsAreTheSameOnAnotherServerOfTheSameSchedule()
    {
        // Arrange: a second app on a database of its own, seeded the same way.
        await using var other = new SummitAppFactory();

        // Act
        var here = await IdentitiesAsync(factory.CreateClient());
        var there = await IdentitiesAsync(other.CreateClient());

        // Assert
        Assert.Equal(28, here.Count);
        Assert.Equal(here.OrderBy(p => p.Key, StringComparer.Ordinal), there.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task GuidsAndIdsSurviveARestartOnTheSameDatabase()
    {
        // Arrange: the first instance migrates and seeds; the second starts on the database it left, as after a restart.
        await using var instances = new TwoInstances();
        await instances.InitializeAsync();

        // Act
        var before = await IdentitiesAsync(instances.First.CreateClient());
        await instances.First.DisposeAsync();
        var after = await IdentitiesAsync(instances.Second.CreateClient());

        // Assert
        Assert.Equal(before.OrderBy(p => p.Key, StringComparer.Ordinal), after.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task XmlAndJsonNameEachSessionByTheSameGuidAndId()
    {
        var client = factory.CreateClient();
        var json = await IdentitiesAsync(client);
        var xml = ExportReading.Events(ExportReading.Xml(await client.GetByteArrayAsync("/schedule.xml", Ct)))
            .Select(e => ((string)e.Attribute("guid")!, (int)e.Attribute("id")!));

        Assert.Equal(json.Values.Order(), xml.Order());
    }

    [Fact]
    public async Task GeneratedScheduleIsServedValidWholeAndFiltered()
    {
        // Arrange: an app of its own, with a generated event instead of the seed.
        await using var app = new SummitAppFactory();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var generated = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 300, Rooms: 8, Days: 3));
            await ScheduleImporter.ReplaceAsync(scope.ServiceProvider.GetRequiredService<SummitDbContext>(), generated, Ct);
        }

        var client = app.CreateClient();

        // Act
        var json = await client.GetByteArrayAsync("/schedule.json", Ct);
        var xml = await client.GetByteArrayAsync("/schedule.xml", Ct);
        var filtered = await client.GetByteArrayAsync("/schedule.xml?kind=split&day=2012-10-16", Ct);

        // Assert
        ExportSchemas.AssertValidJson(json);
        await ExportSchemas.AssertValidXmlAsync(xml);
        await ExportSchemas.AssertValidXmlAsync(filtered);
        Assert.Equal(300, ExportReading.Events(ExportReading.Xml(xml)).Count);
        Assert.All(ExportReading.Events(ExportReading.Xml(filtered)), e => Assert.Equal("split", (string?)e.Element("type")));
    }
}
