using Summit.PostgreSql.Tests.Infrastructure;

namespace Summit.Tests.Infrastructure;

/// <summary>This test assembly's provider: PostgreSQL, on the run's <see cref="PostgresTestServer"/>.</summary>
internal static class TestDatabaseServers
{
    public static ITestDatabaseServer Current
    {
        get
        {
            // Made before any test class of the assembly runs, so the lookup has already completed.
            var lookup = TestContext.Current.GetFixture<PostgresTestServer>();
            var server = lookup.IsCompleted ? lookup.Result : lookup.AsTask().GetAwaiter().GetResult();
            return server ?? throw new InvalidOperationException(
                $"No {nameof(PostgresTestServer)}: a test database is made only while a test or fixture of this assembly runs.");
        }
    }
}
