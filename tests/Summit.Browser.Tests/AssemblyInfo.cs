using Summit.Browser.Tests.Infrastructure;

// One Chromium for the run; journeys share it, each with its own context (cookies, storage).
[assembly: AssemblyFixture(typeof(BrowserFixture))]

// Two cores: journeys in parallel only fight over them and make timings flaky.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

// The order follows xunit's seed, so `dotnet test -- xUnit.Seed=N` runs the journeys in another order (see README).
[assembly: TestCaseOrderer(typeof(SeededTestCaseOrderer))]
[assembly: TestCollectionOrderer(typeof(SeededTestCollectionOrderer))]
