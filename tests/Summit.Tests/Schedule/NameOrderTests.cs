namespace Summit.Tests.Schedule;

/// <summary>Names are listed in one order on every database: case and accents first ignored, then ordinal.</summary>
public sealed class NameOrderTests
{
    private static readonly string[] Expected = ["Ángel", "anna", "Bo", "bo", "Émile", "emma", "zeta", "Zoë"];

    [Fact]
    public void NamesDifferingInCaseAndAccentsSortAlphabeticallyThenByCodeUnits()
    {
        // Arrange
        string[] names = ["Zoë", "zeta", "emma", "bo", "Émile", "anna", "Bo", "Ángel"];

        // Act
        var sorted = names.Order(NameOrder.Instance).ToArray();

        // Assert
        Assert.Equal(Expected, sorted);
    }

    [Fact]
    public async Task ThePublishedScheduleListsPeopleInNameOrderWhateverTheDatabaseCollation()
    {
        // Arrange: SQLite's BINARY collation would put "Bo" before "anna" and every accented name last
        await using var database = await TestDatabase.CreateAsync(seed: true);
        await using (var db = database.CreateContext())
        {
            db.People.AddRange(Expected.Reverse().Select((name, i) => new Person { Name = name, Slug = $"name-order-{i}" }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        // Act
        await using var reading = database.CreateContext();
        var schedule = await new ScheduleReader(reading).ReadAsync(TestContext.Current.CancellationToken);

        // Assert
        var listed = schedule!.People.Where(p => p.Slug.StartsWith("name-order-", StringComparison.Ordinal)).Select(p => p.Name);
        Assert.Equal(Expected, listed);
    }
}
