using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer;

namespace Summit.Tests.Infrastructure;

/// <summary>
/// One instance of the app on a SQLite file other instances share, as if on a machine of its own: started from its own
/// folder (a link to the app's, so the content root's path differs), and with a key store of its own wherever the app
/// configures none (what the default would be there: a folder in that machine's home, or memory when it has none).
/// The test owns the database file.
/// </summary>
public sealed class AppInstance(string databasePath) : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("summit-instance-").FullName;

    /// <summary>The keys this instance's machine would keep if the app stored none itself.</summary>
    public MachineKeyStore MachineKeys { get; } = new();

    /// <summary>A client for this instance that carries the cookies of <paramref name="browser"/>, as one browser does behind a load balancer.</summary>
    public HttpClient Client(SharedBrowser browser)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var client = CreateDefaultClient(new CookieContainerHandler(browser.Cookies));
        client.DefaultRequestHeaders.Add(TestClientAddress.Header, browser.Address);
        return client;
    }

    /// <summary>Creates an organizer account through this instance's services.</summary>
    public async Task CreateOrganizerAsync(string email, string password)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OrganizerUser>>();
        var user = new OrganizerUser { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, OrganizerRoles.Organizer)).Succeeded);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var contentRoot = Path.Combine(_folder, "app");
        Directory.CreateSymbolicLink(contentRoot, AppFolder());

        builder.UseEnvironment("Testing");
        builder.UseContentRoot(contentRoot);
        builder.UseSetting("ConnectionStrings:Summit", $"Data Source={databasePath};Pooling=False");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IStartupFilter, TestClientAddress>();
            services.PostConfigure<KeyManagementOptions>(options => options.XmlRepository ??= MachineKeys);
        });
    }

    /// <summary>The app's own folder, where the test framework starts it (the build writes it into a manifest beside the tests).</summary>
    private static string AppFolder()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "MvcTestingAppManifest.json")));
        return manifest.RootElement.GetProperty(typeof(Program).Assembly.FullName!).GetString()!;
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

/// <summary>One browser: its cookies, sent to whichever instance answers, and its address.</summary>
public sealed class SharedBrowser
{
    public CookieContainer Cookies { get; } = new();

    public string Address { get; } = TestClientAddress.Next();
}

/// <summary>A machine's own key store, in memory.</summary>
public sealed class MachineKeyStore : IXmlRepository
{
    private readonly List<XElement> _elements = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (_elements)
        {
            return [.. _elements.Select(e => new XElement(e))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (_elements)
        {
            _elements.Add(new XElement(element));
        }
    }
}
