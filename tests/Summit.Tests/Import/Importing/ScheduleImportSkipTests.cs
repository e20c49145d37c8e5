using Microsoft.EntityFrameworkCore;
using Summit.Core.Editing;
using Summit.Core.Import;
using Summit.Data.Import;
using static Summit.Tests.Import.Importing.ImportDocuments;

namespace Summit.Tests.Import.Importing;

/// <summary>What an import leaves out it names, with where in the file and why; the rest is imported; a failure changes nothing.</summary>
public sealed class ScheduleImportSkipTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<ImportPlan> ApplyAsync(ImportDocument document)
    {
        await using var db = _database.CreateContext();
        return await ScheduleImport.ApplyAsync(db, document, "ada@example.org", Ct);
    }

    private async Task<int> SessionCountAsync()
    {
        await using var db = _database.CreateContext();
        return await db.Sessions.CountAsync(Ct);
    }

    [Fact]
    public async Task ASessionInAPlaceAnotherHoldsIsSkippedSayingWhereAndWhoHoldsIt()
    {
        // Arrange: the seed's first session is in Windsor BC on Monday at 9:50
        var document = Csv(
            At("Squatter", "2012-10-15", "09:50", "10:30", "Windsor BC", "line 2"),
            At("Evening social", "2012-10-15", "19:00", "22:00", "Windsor BC", "line 3"));

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        var skipped = Assert.Single(plan.Skipped);
        Assert.Equal("line 2", skipped.Where);
        Assert.Contains("“Closing quantum/nova gaps” is already in Windsor BC", skipped.Message);
        Assert.Equal(1, plan.Created);
        Assert.Equal(29, await SessionCountAsync());
        await using var db = _database.CreateContext();
        Assert.Equal("closing-quantum-nova-gaps", await db.Sessions.Where(s => s.TimeSlot!.Day!.Date == new DateOnly(2012, 10, 15) && s.TimeSlot.Start == new TimeOnly(9, 50)).Select(s => s.Slug).SingleAsync(Ct));
    }

    [Fact]
    public async Task TwoSessionsOfTheFileInOnePlaceKeepTheFirst()
    {
        // Arrange
        var document = Csv(
            At("First", "2012-10-15", "19:00", "20:00", "Windsor BC", "line 2"),
            At("Second", "2012-10-15", "19:00", "20:00", "windsor bc", "line 3"));

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        Assert.Equal("line 3", Assert.Single(plan.Skipped).Where);
        Assert.Equal(["First"], plan.Sessions.Select(s => s.Title));
    }

    [Theory]
    [InlineData("title", "Keep the title under 300 characters.")]
    [InlineData("split", "A split session shares its slot between at least two subjects.")]
    [InlineData("leads", "Each person leads a session once.")]
    [InlineData("place", "it has no room")]
    [InlineData("times", "not after it starts")]
    [InlineData("blank", "Give the session a title.")]
    public async Task AnInvalidSessionIsSkippedWithTheRuleItBreaksAndTheOthersAreImported(string fault, string reason)
    {
        // Arrange
        var good = At("Good one", "2012-10-15", "19:00", "20:00", "Windsor BC", "line 2");
        var bad = fault switch
        {
            "title" => good with { Title = new string('x', 301) },
            "split" => good with { Title = "Split", Kind = SessionKind.Split, Subjects = [new ImportSubject("Only one", "")] },
            "leads" => good with { Title = "Twice", Leads = [new ImportLead("Ada", false), new ImportLead("ada", true)] },
            "place" => good with { Title = "Roomless", Room = null },
            "times" => good with { Title = "Backwards", Start = new TimeOnly(20, 0), End = new TimeOnly(19, 0) },
            _ => good with { Title = "  " },
        };
        var document = Csv(bad with { Where = "line 7", Start = bad.Start is null ? null : bad.Start.Value.AddHours(2), End = bad.End is null ? null : bad.End.Value.AddHours(2) }, good);

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        var skipped = Assert.Single(plan.Skipped);
        Assert.Equal("line 7", skipped.Where);
        Assert.Contains(reason, skipped.Message);
        Assert.Equal(["Good one"], plan.Sessions.Select(s => s.Title));
        Assert.Equal(29, await SessionCountAsync());
    }

    [Fact]
    public async Task WhatTheReaderSkippedIsListedWithWhatTheImportSkipped()
    {
        // Arrange
        var document = Csv(At("Good one", "2012-10-15", "19:00", "20:00", "Windsor BC")) with
        {
            Skipped = [new ImportIssue("line 4", "The start “25:00” is not a time.")],
        };

        // Act
        var plan = await ApplyAsync(document);

        // Assert
        Assert.Equal(new ImportIssue("line 4", "The start “25:00” is not a time."), Assert.Single(plan.Skipped));
    }

    [Fact]
    public async Task AnAddressAnotherSessionHasIsNotTakenOver()
    {
        // Arrange: a session found by guid may not take the slug of a session the file leaves alone
        await using (var db = _database.CreateContext())
        {
            var uid = await db.Sessions.Where(s => s.Slug == "closing-quantum-nova-gaps").Select(s => s.Uid).SingleAsync(Ct);
            var other = await db.Sessions.Where(s => s.Slug != "closing-quantum-nova-gaps").Select(s => s.Slug).FirstAsync(Ct);
            var document = Csv(new ImportSession("Renamed") { Guid = uid, Slug = other, Where = "line 2" });

            // Act
            var plan = await ScheduleImport.ApplyAsync(db, document, "ada@example.org", Ct);

            // Assert
            Assert.Contains($"/sessions/{other} belongs to", Assert.Single(plan.Skipped).Message);
            Assert.False(plan.ChangesAnything);
        }
    }

    [Fact]
    public async Task AnImportTheDatabaseRefusesPartWayChangesNothing()
    {
        // Arrange: the history table refuses rows, so the save fails after sessions, rooms and days were written
        await _database.RefuseInsertsAsync<ScheduleChange>("history is full", Ct);
        var document = Of(
            At("New one", "2012-10-19", "10:00", "11:00", "Emerald Room"),
            new ImportSession("Renamed seed session") { Slug = "closing-quantum-nova-gaps" });

        // Act
        var failure = await Record.ExceptionAsync(() => ApplyAsync(document));

        // Assert
        Assert.NotNull(failure);
        await using var db = _database.CreateContext();
        Assert.Equal(28, await db.Sessions.CountAsync(Ct));
        Assert.False(await db.Rooms.AnyAsync(r => r.Name == "Emerald Room", Ct));
        Assert.Equal(4, await db.Days.CountAsync(Ct));
        Assert.Equal("Closing quantum/nova gaps", await db.Sessions.Where(s => s.Slug == "closing-quantum-nova-gaps").Select(s => s.Title).SingleAsync(Ct));
    }

    [Fact]
    public async Task PlanningAnImportIntoTheEventChangesNothing()
    {
        // Arrange
        var document = Of(
            At("New one", "2012-10-19", "10:00", "11:00", "Emerald Room"),
            new ImportSession("Renamed seed session") { Slug = "closing-quantum-nova-gaps" });

        // Act
        await using var db = _database.CreateContext();
        var plan = await ScheduleImport.PlanAsync(db, document, Ct);

        // Assert
        Assert.Equal(1, plan.Created);
        Assert.Equal(1, plan.Updated);
        Assert.Contains("Room", plan.Sessions.Single(s => s.Action == ImportAction.Update).Changes);
        await using var check = _database.CreateContext();
        Assert.Equal(28, await check.Sessions.CountAsync(Ct));
        Assert.False(await check.Changes.AnyAsync(Ct));
        Assert.True(await check.Sessions.Where(s => s.Slug == "closing-quantum-nova-gaps").Select(s => s.RoomId != null).SingleAsync(Ct));
    }
}
