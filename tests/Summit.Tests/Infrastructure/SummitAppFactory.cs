using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Summit.Tests.Infrastructure;

/// <summary>The whole app over HTTP, on a fresh SQLite file that it migrates and seeds itself at start.</summary>
public sealed class SummitAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databasePath = TestDatabase.TempFile();

    /// <summary>The SQLite file the app uses, for tests that reach past it (holding its write lock, damaging it).</summary>
    public string DatabasePath => _databasePath;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets (MudBlazor's CSS) come from the NuGet cache until the app is published.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Summit", $"Data Source={_databasePath};Pooling=False");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }
}
