using Summit.Data.Import;

namespace Summit.Tests.Import.Importing;

/// <summary>The plan as <c>import FILE</c> prints it: a large file's new people do not flood the terminal.</summary>
public sealed class ImportPlanTextTests
{
    private static ImportPlan PlanWithPeople(int count) =>
        new(false, [], ["Windsor BC"], [], [], []) { NewPeople = [.. Enumerable.Range(1, count).Select(i => $"Person {i}")] };

    [Fact]
    public void AFewNewNamesAreAllListed()
    {
        var text = ImportPlanText.Format(PlanWithPeople(3), dryRun: true);

        Assert.Contains("New rooms: Windsor BC\n", text, StringComparison.Ordinal);
        Assert.Contains("New people: Person 1; Person 2; Person 3\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HundredsOfNewPeopleAreCountedAndTheFirstTwentyNamed()
    {
        var text = ImportPlanText.Format(PlanWithPeople(412), dryRun: false);

        Assert.Contains("New people (412): Person 1; ", text, StringComparison.Ordinal);
        Assert.Contains("; Person 20 and 392 more.\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Person 21", text, StringComparison.Ordinal);
    }
}
