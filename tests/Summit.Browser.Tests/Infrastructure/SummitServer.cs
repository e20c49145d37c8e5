using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summit.Data;

namespace Summit.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel, on a free loopback port, with its own temporary SQLite file. Shared by a class as
/// <c>IClassFixture&lt;SummitServer&gt;</c> when its tests only read the seed (or write data under names no other test
/// reads); a test that changes what others read starts its own with <c>await using var server = await SummitServer.StartAsync();</c>.
/// </summary>
public sealed class SummitServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"summit-browser-{Guid.NewGuid():N}.db");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the app logged, for journeys that read it (the first-run setup link).</summary>
    public List<ListLoggerProvider.Entry> Log { get; } = [];

    public IReadOnlyList<string> LogLines
    {
        get
        {
            lock (Log)
            {
                return [.. Log.Select(e => e.Message)];
            }
        }
    }

    /// <summary>A server of the test's own, on a fresh seeded database; dispose it at the end of the test.</summary>
    public static async Task<SummitServer> StartAsync()
    {
        var server = new SummitServer();
        await server.InitializeAsync();
        return server;
    }

    public ValueTask InitializeAsync()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal) + "/");
        return ValueTask.CompletedTask;
    }

    /// <summary>Changes data the way a test needs it, straight in the app's database.</summary>
    public async Task WithDatabaseAsync(Func<SummitDbContext, Task> change)
    {
        await using var scope = Services.CreateAsyncScope();
        await change(scope.ServiceProvider.GetRequiredService<SummitDbContext>());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Development serves the static web assets (CSS, scripts) straight from the projects.
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Summit", $"Data Source={_databasePath};Pooling=False");
        builder.UseUrls("http://127.0.0.1:0");
        // Every journey signs in from 127.0.0.1: the per-address limit would otherwise answer a busy class with 429.
        builder.UseSetting("SignInThrottle:AttemptsPerAddress", "1000");
        builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(Log, LogLevel.Warning)));
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
