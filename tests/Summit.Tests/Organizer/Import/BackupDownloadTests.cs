using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Import;
using Summit.Data.Import;

namespace Summit.Tests.Organizer.Import;

/// <summary>The backup the import page offers, over HTTP: organizers get the same file as <c>export</c>, nobody else gets it.</summary>
public sealed class BackupDownloadTests : IAsyncLifetime
{
    private readonly OrganizerAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task AnOrganizerDownloadsTheSameBackupAsTheExportCommandWrites()
    {
        // Arrange
        var client = await _factory.SignedInAsync("ada@example.org", organizer: true);
        byte[] expected;
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            expected = SummitBackupWriter.Write((await BackupExport.ReadAsync(scope.ServiceProvider.GetRequiredService<SummitDbContext>(), Ct))!);
        }

        // Act
        var response = await client.GetAsync("/organizer/backup.json", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("summit-backup.json", response.Content.Headers.ContentDisposition?.FileName);
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task SomeoneNotSignedInIsSentToSignIn()
    {
        // Act
        var response = await _factory.Browser().GetAsync("/organizer/backup.json", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        Assert.DoesNotContain("summit-backup", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASignedInAccountThatIsNoOrganizerIsRefused()
    {
        // Arrange
        var client = await _factory.SignedInAsync("guest@example.org", organizer: false);

        // Act
        var response = await client.GetAsync("/organizer/backup.json", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("summit-backup", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
