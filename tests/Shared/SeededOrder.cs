using Xunit.Sdk;

namespace Summit.Testing;

/// <summary>The shuffle behind <see cref="SeededTestCaseOrderer"/> and <see cref="SeededTestCollectionOrderer"/>.</summary>
internal static class SeededOrder
{
    /// <summary>
    /// Sorts by id, then shuffles with a generator of its own made from the seed and <paramref name="scope"/>:
    /// classes ordered on parallel threads do not draw from one generator, so a seed always gives the same order.
    /// </summary>
    public static List<T> Shuffle<T>(IEnumerable<T> items, Func<T, string> id, string scope)
    {
        var result = items.OrderBy(id, StringComparer.Ordinal).ToList();
        var random = new Random(Randomizer.Seed ^ StableHash(scope));
        for (var i = result.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }

    /// <summary>FNV-1a: <see cref="string.GetHashCode()"/> differs between processes, which would make a seed unrepeatable.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return unchecked((int)hash);
    }
}
