namespace Summit.Tests.Infrastructure;

/// <summary>This test assembly's provider: SQLite (Summit.PostgreSql.Tests has its own, for PostgreSQL).</summary>
internal static class TestDatabaseServers
{
    public static ITestDatabaseServer Current => SqliteTestDatabaseServer.Instance;
}
