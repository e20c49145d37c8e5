using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Summit.Tests.Infrastructure;

/// <summary>The whole app over HTTP, on a fresh database of its own that it migrates and seeds itself at start.</summary>
public sealed class SummitAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Made when the host is first built, inside the test that uses it: a factory a test never starts costs nothing.
    private readonly Lazy<TestDatabase> _database = new(() => TestDatabaseServers.Current.CreateFresh());

    /// <summary>The database the app uses, for tests that reach past it (changing it behind the app's back, damaging it).</summary>
    public TestDatabase Database => _database.Value;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets (MudBlazor's CSS) come from the NuGet cache until the app is published.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in Database.AppSettings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database.IsValueCreated)
        {
            await _database.Value.DisposeAsync();
        }
    }
}
