using Xunit.Sdk;
using Xunit.v3;

namespace Summit.Testing;

/// <inheritdoc cref="SeededTestCaseOrderer"/>
public sealed class SeededTestCollectionOrderer : ITestCollectionOrderer
{
    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        SeededOrder.Shuffle(testCollections, c => c.UniqueID, "collections");
}
