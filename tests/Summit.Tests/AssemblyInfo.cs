// The order follows xunit's seed, so `dotnet test -- xUnit.Seed=N` runs the tests in another order (see README).
[assembly: TestCaseOrderer(typeof(SeededTestCaseOrderer))]
[assembly: TestCollectionOrderer(typeof(SeededTestCollectionOrderer))]
