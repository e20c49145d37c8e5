// The order follows xunit's seed, as in Summit.Tests (see README).
[assembly: TestCaseOrderer(typeof(SeededTestCaseOrderer))]
[assembly: TestCollectionOrderer(typeof(SeededTestCollectionOrderer))]

// One PostgreSQL server for the whole run; each test database is made on it.
[assembly: AssemblyFixture(typeof(Summit.PostgreSql.Tests.Infrastructure.PostgresTestServer))]
