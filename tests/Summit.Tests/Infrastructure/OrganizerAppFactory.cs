using Summit.Organizer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summit.Web.Organizer;

namespace Summit.Tests.Infrastructure;

/// <summary>The whole app on a fresh database, capturing its log so tests can read the setup link.</summary>
public sealed class OrganizerAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    // Made when the host is first built, inside the test that uses it: a factory a test never starts costs nothing.
    private readonly Lazy<TestDatabase> _database;
    private readonly bool _ownsDatabase;

    public OrganizerAppFactory()
    {
        _database = new(() => TestDatabaseServers.Current.CreateFresh());
        _ownsDatabase = true;
    }

    // Not public: a class fixture has one public constructor.
    private OrganizerAppFactory(TestDatabase shared)
    {
        _database = new(shared);
        _ownsDatabase = false;
    }

    /// <summary>An instance on a database other instances share; the test that made it removes it.</summary>
    public static OrganizerAppFactory Sharing(TestDatabase database) => new(database);

    public List<ListLoggerProvider.Entry> Log { get; } = [];

    /// <summary>Configuration the app starts with on top of the test defaults; set before the first request.</summary>
    public Dictionary<string, string> Settings { get; } = [];

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

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    /// <summary>A client that keeps cookies and does not follow redirects, from an address of its own unless given one.</summary>
    public HttpClient Browser(string? address = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, address ?? TestClientAddress.Next());
        return client;
    }

    /// <summary>Creates an account, optionally an organizer, and returns a client signed in as it.</summary>
    public async Task<HttpClient> SignedInAsync(string email, bool organizer)
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
            var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "correct horse battery")).Succeeded);
            if (organizer)
            {
                await users.AddToRoleAsync(user, OrganizerRoles.Organizer);
            }
        }

        var client = Browser();
        var response = await FormPoster.SubmitAsync(client, "/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "correct horse battery",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Package assets (MudBlazor's CSS) come from the NuGet cache until the app is published.
        builder.UseStaticWebAssets();
        foreach (var (key, value) in _database.Value.AppSettings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(Log)));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, TestClientAddress>());
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase && _database.IsValueCreated)
        {
            await _database.Value.DisposeAsync();
        }
    }
}
