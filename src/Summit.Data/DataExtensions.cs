using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Summit.Data;

public static class DataExtensions
{
    public const string ConnectionStringKey = "ConnectionStrings:Summit";

    /// <summary>
    /// Registers <see cref="SummitDbContext"/> (scoped, and a factory for interactive components) on the provider
    /// <c>Database:Provider</c> names.
    /// </summary>
    public static IHostApplicationBuilder AddSummitData(this IHostApplicationBuilder builder)
    {
        // Read when first resolved, not now, so hosts and tests that add configuration later are honoured.
        builder.Services.AddSingleton<ScheduleChangeSignal>();
        builder.Services.AddSingleton<Instances.InstanceChanges>();
        builder.Services.AddSingleton<ScheduleChangeInterceptor>();
        builder.Services.AddSingleton<ScheduleSnapshots>();
        builder.Services.AddSingleton<Releases.ReleaseStore>();
        builder.Services.AddSingleton<Releases.ReleaseWriter>();
        builder.Services.AddOptions<Releases.ReleaseOptions>().BindConfiguration(Releases.ReleaseOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddDbContextFactory<SummitDbContext>((services, options) =>
        {
            var configuration = services.GetRequiredService<IConfiguration>();
            var environment = services.GetRequiredService<IHostEnvironment>();
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var provider = database.ParseProvider();
            options.UseSummitDatabase(provider, SummitDatabase.PrepareConnectionString(
                provider, configuration.GetConnectionString("Summit"), environment.ContentRootPath, database.BusyTimeout));
            options.AddInterceptors(services.GetRequiredService<ScheduleChangeInterceptor>());
        });
        builder.Services.AddHealthChecks().AddDbContextCheck<SummitDbContext>("database");
        return builder;
    }

    /// <summary>
    /// Microsoft.Data.Sqlite retries a locked database until the command's timeout, which starts at the connection's
    /// default timeout: that bounds both EF Core's commands and the <c>BEGIN</c> of their transactions.
    /// </summary>
    internal static string WithBusyTimeout(string connectionString, TimeSpan busyTimeout) =>
        new SqliteConnectionStringBuilder(connectionString) { DefaultTimeout = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds)) }.ToString();

    /// <summary>
    /// A relative SQLite file is placed under the content root, whatever directory the app was started
    /// from, and its folder is created: the default needs nothing set up by hand.
    /// </summary>
    internal static string ResolveConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=App_Data/summit.db" : configured);
        var dataSource = builder.DataSource;
        if (dataSource.Length > 0 && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            if (!Path.IsPathRooted(dataSource))
            {
                dataSource = Path.GetFullPath(Path.Combine(contentRoot, dataSource));
                builder.DataSource = dataSource;
            }

            var folder = Path.GetDirectoryName(dataSource);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                try
                {
                    Directory.CreateDirectory(folder);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Left for the start-up check, which reports it with the configuration key to fix.
                }
            }
        }

        return builder.ToString();
    }
}
