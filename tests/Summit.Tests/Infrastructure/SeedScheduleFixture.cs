using Summit.Core.Filtering;
using Summit.Web.Schedule;

namespace Summit.Tests.Infrastructure;

/// <summary>The seeded Windsor BC schedule as the pages read it, shared by the tests of one class.</summary>
public sealed class SeedScheduleFixture : IAsyncLifetime
{
    public PublishedSchedule Schedule { get; private set; } = null!;

    public FilterIndex Index { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        Schedule = (await new ScheduleReader(db).ReadAsync(TestContext.Current.CancellationToken))!;
        Index = FilterIndex.Build(Schedule);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
