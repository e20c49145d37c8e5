using Microsoft.EntityFrameworkCore;
using Npgsql;
using Summit.Data;
using Summit.Data.Seed;

namespace Summit.PostgreSql.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of one test run (an assembly fixture): the server named by SUMMIT_TEST_POSTGRES, else a
/// throw-away cluster started for the run. It migrates two template databases once, one of them seeded; each test
/// database is a copy of one (<c>CREATE DATABASE … TEMPLATE</c>, a file copy), dropped on dispose.
/// </summary>
public sealed class PostgresTestServer : ITestDatabaseServer, IAsyncLifetime
{
    public const string ServerVariable = "SUMMIT_TEST_POSTGRES";

    // Names of their own per run, so that runs sharing one server leave each other alone.
    private readonly string _run = Guid.NewGuid().ToString("N")[..12];
    private PostgresCluster? _cluster;
    private string _admin = "";

    private string MigratedTemplate => $"summit_{_run}_migrated";

    private string SeededTemplate => $"summit_{_run}_seeded";

    public async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var configured = Environment.GetEnvironmentVariable(ServerVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            _admin = configured;
        }
        else
        {
            var bin = PostgresCluster.FindInstalled() ?? throw new InvalidOperationException(PostgresCluster.InstallHint);
            _cluster = await PostgresCluster.StartAsync(bin, cancellationToken);
            _admin = _cluster.ConnectionString;
        }

        await ExecuteAsync($"CREATE DATABASE {Quote(MigratedTemplate)}", cancellationToken);
        await using (var db = Context(ConnectionStringFor(MigratedTemplate, pooling: false)))
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        await ExecuteAsync($"CREATE DATABASE {Quote(SeededTemplate)} TEMPLATE {Quote(MigratedTemplate)}", cancellationToken);
        await using (var db = Context(ConnectionStringFor(SeededTemplate, pooling: false)))
        {
            await ScheduleSeeder.SeedIfEmptyAsync(db, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            // The whole cluster goes, test databases and templates with it.
            await _cluster.DisposeAsync();
            return;
        }

        if (_admin.Length > 0)
        {
            await ExecuteAsync($"DROP DATABASE IF EXISTS {Quote(SeededTemplate)} WITH (FORCE)", CancellationToken.None);
            await ExecuteAsync($"DROP DATABASE IF EXISTS {Quote(MigratedTemplate)} WITH (FORCE)", CancellationToken.None);
        }
    }

    // The app migrates at start, which finds nothing left to do here: it still seeds, and logs what it does.
    public TestDatabase CreateFresh() => Copy(MigratedTemplate);

    public TestDatabase CreateEmpty() => Copy(template: null);

    public async Task<TestDatabase> CreateAsync(bool seed, CancellationToken cancellationToken)
    {
        var name = NewName();
        await ExecuteAsync($"CREATE DATABASE {Quote(name)} TEMPLATE {Quote(seed ? SeededTemplate : MigratedTemplate)}", cancellationToken);
        return new TestDatabase(this, ConnectionStringFor(name, pooling: true));
    }

    public void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSummitDatabase(DatabaseProvider.PostgreSQL, connectionString);

    public IReadOnlyDictionary<string, string> AppSettings(string connectionString) => new Dictionary<string, string>
    {
        ["Database:Provider"] = nameof(DatabaseProvider.PostgreSQL),
        [DataExtensions.ConnectionStringKey] = connectionString,
    };

    public async ValueTask DropAsync(TestDatabase database)
    {
        var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
        using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        // FORCE ends the connections an app host's pool still holds.
        await ExecuteAsync($"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)", CancellationToken.None);
    }

    private TestDatabase Copy(string? template)
    {
        var name = NewName();
        using var connection = new NpgsqlConnection(_admin);
        connection.Open();
        var from = template is null ? "" : $" TEMPLATE {Quote(template)}";
        using var command = new NpgsqlCommand($"CREATE DATABASE {Quote(name)}{from}", connection);
        command.ExecuteNonQuery();
        return new TestDatabase(this, ConnectionStringFor(name, pooling: true));
    }

    private static string NewName() => $"summit_test_{Guid.NewGuid():N}";

    private static string Quote(string name) => $"\"{name}\"";

    private static SummitDbContext Context(string connectionString)
    {
        var options = new DbContextOptionsBuilder<SummitDbContext>();
        options.UseSummitDatabase(DatabaseProvider.PostgreSQL, connectionString);
        return new SummitDbContext(options.Options);
    }

    // Templates are read without pooling: a database cannot be copied while a connection to it stays open.
    private string ConnectionStringFor(string database, bool pooling) =>
        new NpgsqlConnectionStringBuilder(_admin) { Database = database, Pooling = pooling, IncludeErrorDetail = true }.ToString();

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
