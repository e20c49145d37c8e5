using Xunit.Sdk;
using Xunit.v3;

namespace Summit.Testing;

/// <summary>
/// Runs the tests of each class, and the classes, in an order shuffled by xunit's randomization seed. xunit's own
/// order depends on the tests' ids only, so every run of a build repeats it and a test that leans on another's data
/// passes by luck; here another seed is another order (<c>dotnet test -- xUnit.Seed=1234</c>), and the same seed
/// repeats it. Without one, xunit's default seed keeps runs of a build alike.
/// </summary>
public sealed class SeededTestCaseOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        SeededOrder.Shuffle(testCases, t => t.UniqueID, testCases.FirstOrDefault()?.TestClassName ?? "");
}
