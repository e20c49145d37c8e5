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
    private readonly string _databasePath = TestDatabase.TempFile();

    public List<string> LogLines { get; } = [];

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

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
        builder.UseSetting("ConnectionStrings:Summit", $"Data Source={_databasePath};Pooling=False");
        builder.ConfigureLogging(logging => logging.AddProvider(new ListLoggerProvider(LogLines)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            File.Delete(file);
        }
    }

    private sealed class ListLoggerProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }

        private sealed class ListLogger(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add(formatter(state, exception));
                }
            }
        }
    }
}
