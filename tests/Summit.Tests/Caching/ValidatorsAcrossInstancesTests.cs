using System.Net;

namespace Summit.Tests.Caching;

/// <summary>
/// Two instances of one build on one database, started from copies whose web assembly has different file times (as two
/// machines' copies do), with the one public address a proxy gives them. The tests only read.
/// </summary>
public sealed class TwoInstancesOfOneBuild : IAsyncLifetime
{
    private readonly string _databasePath = TestDatabase.TempFile();

    public AppProcess First { get; private set; } = null!;

    public AppProcess Second { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        // One after the other: the first migrates and seeds the database.
        var ct = TestContext.Current.CancellationToken;
        First = await AppProcess.StartAsync(_databasePath, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc), ct);
        Second = await AppProcess.StartAsync(_databasePath, new DateTime(2031, 6, 1, 12, 0, 0, DateTimeKind.Utc), ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in new[] { First, Second })
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }

        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>A browser or a shared cache sent to either instance gets the same validators, and a copy validated by one is not modified for the other.</summary>
public sealed class ValidatorsAcrossInstancesTests(TwoInstancesOfOneBuild instances) : IClassFixture<TwoInstancesOfOneBuild>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/pki-future")]
    [InlineData("/calendar.ics")]
    public async Task BothInstancesGiveTheSameValidators(string path)
    {
        // Act
        var first = await instances.First.Client().GetAsync(path, Ct);
        var second = await instances.Second.Client().GetAsync(path, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(first.Content.Headers.LastModified, second.Content.Headers.LastModified);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sessions/pki-future")]
    [InlineData("/calendar.ics")]
    public async Task ACopyValidatedByOneInstanceIsNotModifiedForTheOther(string path)
    {
        // Arrange
        var first = await instances.First.Client().GetAsync(path, Ct);
        using var byTag = new HttpRequestMessage(HttpMethod.Get, path);
        byTag.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, path);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        // Act
        var revalidatedByTag = await instances.Second.Client().SendAsync(byTag, Ct);
        var revalidatedByDate = await instances.Second.Client().SendAsync(byDate, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotModified, revalidatedByTag.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, revalidatedByDate.StatusCode);
    }
}
