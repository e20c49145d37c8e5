using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Summit.Data;

/// <summary>How a <see cref="SummitDbContext"/> reaches its database, for the app and for tests alike.</summary>
public static class SummitDatabase
{
    /// <summary>The assembly that holds the PostgreSQL migrations (SQLite's are in this one).</summary>
    public const string PostgreSqlMigrationsAssembly = "Summit.Data.PostgreSql";

    /// <summary>
    /// Configures <paramref name="options"/> for <paramref name="provider"/> with <paramref name="connectionString"/>
    /// as given: the provider, and where its migrations are.
    /// </summary>
    public static DbContextOptionsBuilder UseSummitDatabase(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString),
            DatabaseProvider.PostgreSQL => options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, DatabaseOptions.ProviderMessage),
        };
    }

    /// <inheritdoc cref="UseSummitDatabase(DbContextOptionsBuilder, DatabaseProvider, string)"/>
    public static DbContextOptionsBuilder<TContext> UseSummitDatabase<TContext>(this DbContextOptionsBuilder<TContext> options, DatabaseProvider provider, string connectionString)
        where TContext : DbContext =>
        (DbContextOptionsBuilder<TContext>)UseSummitDatabase((DbContextOptionsBuilder)options, provider, connectionString);

    /// <summary>
    /// The configured connection string made ready for the app: on SQLite a relative file is placed under the content
    /// root and the busy timeout applied; on PostgreSQL the busy timeout becomes every connection's lock timeout.
    /// </summary>
    internal static string PrepareConnectionString(DatabaseProvider provider, string? configured, string contentRoot, TimeSpan busyTimeout) =>
        provider == DatabaseProvider.PostgreSQL
            ? WithLockTimeout(configured, busyTimeout)
            : DataExtensions.WithBusyTimeout(DataExtensions.ResolveConnectionString(configured, contentRoot), busyTimeout);

    /// <summary>
    /// PostgreSQL's counterpart of SQLite's busy timeout is <c>lock_timeout</c>: a statement waiting longer for a row or
    /// table another transaction holds fails (55P03) and the save is reported as busy. Set as a start-up option so it
    /// holds for every pooled connection; a <c>lock_timeout</c> already in the connection string's options wins.
    /// </summary>
    internal static string WithLockTimeout(string? configured, TimeSpan busyTimeout)
    {
        if (string.IsNullOrWhiteSpace(configured))
        {
            throw new InvalidOperationException($"Database:Provider is PostgreSQL but {DataExtensions.ConnectionStringKey} is empty: set it, for example \"Host=db;Database=summit;Username=summit;Password=...\".");
        }

        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (builder.Options?.Contains("lock_timeout", StringComparison.OrdinalIgnoreCase) != true)
        {
            var milliseconds = (long)Math.Ceiling(busyTimeout.TotalMilliseconds);
            builder.Options = $"{builder.Options} -c lock_timeout={milliseconds}".Trim();
        }

        return builder.ToString();
    }
}
