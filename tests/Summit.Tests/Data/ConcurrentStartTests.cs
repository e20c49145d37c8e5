using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Data;

/// <summary>Several instances started at once on one empty database: one migrates and seeds, all of them serve.</summary>
public sealed partial class ConcurrentStartTests : IAsyncLifetime
{
    private const int Instances = 3;

    private TestDatabase _database = null!;

    private readonly List<OrganizerAppFactory> _instances = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _database = TestDatabaseServers.Current.CreateEmpty();
        for (var i = 0; i < Instances; i++)
        {
            _instances.Add(OrganizerAppFactory.Sharing(_database));
        }

        return ValueTask.CompletedTask;
    }

    private Task StartAllAtOnceAsync() => Task.WhenAll(_instances.Select(instance => Task.Run(() => instance.Server, Ct)));

    [Fact]
    public async Task ThreeInstancesStartingAtOnceOnAnEmptyDatabaseAllStartAndTheScheduleIsSeededOnce()
    {
        // Act
        await StartAllAtOnceAsync();

        // Assert
        await using var scope = _instances[0].Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        Assert.Equal(1, await db.Conferences.CountAsync(Ct));
        Assert.Equal(28, await db.Sessions.CountAsync(Ct));
        Assert.Equal(1, await db.Roles.CountAsync(Ct));
        foreach (var instance in _instances)
        {
            Assert.Equal(HttpStatusCode.OK, (await instance.Browser().GetAsync("/", Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task EverySetupLinkLoggedByInstancesStartingAtOnceOpensTheSetupForm()
    {
        // Act
        await StartAllAtOnceAsync();

        // Assert: each instance logged its own link, and no later start expired an earlier one
        var links = _instances.Select(instance => instance.LogLines.Select(l => SetupLink().Match(l)).Single(m => m.Success).Groups[1].Value).ToList();
        Assert.Equal(Instances, links.Distinct().Count());
        foreach (var (link, instance) in links.Zip(_instances))
        {
            var response = await instance.Browser().GetAsync(link, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task TheFirstSetupLinkUsedEndsTheOthers()
    {
        // Arrange
        await StartAllAtOnceAsync();
        var links = _instances.Select(instance => instance.LogLines.Select(l => SetupLink().Match(l)).Single(m => m.Success).Groups[1].Value).ToList();

        // Act
        var created = await FormPoster.SubmitAsync(_instances[0].Browser(), links[0], new Dictionary<string, string>
        {
            ["Input.Email"] = "first@example.org",
            ["Input.Password"] = "a long enough password",
            ["Input.Confirm"] = "a long enough password",
        });

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        foreach (var link in links.Skip(1))
        {
            Assert.Equal(HttpStatusCode.Gone, (await _instances[1].Browser().GetAsync(link, Ct)).StatusCode);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    [GeneratedRegex(@"(?:https?://[^/\s]*)?(/setup\?code=[A-Za-z0-9_-]+)")]
    private static partial Regex SetupLink();
}
