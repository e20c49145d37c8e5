using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Agenda;
using Summit.Web.Data;

namespace Summit.Tests.Data;

public sealed class GenerateCommandTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    private async Task<(int Exit, string Output)> GenerateAsync(params string[] options)
    {
        _ = _factory.Server;
        var output = new StringWriter();
        var exit = await GenerateCommand.RunAsync(_factory.Services, ["generate", .. options], output, Ct);
        return (exit, output.ToString());
    }

    private async Task<PublishedSchedule> ReadScheduleAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return (await new ScheduleReader(scope.ServiceProvider.GetRequiredService<SummitDbContext>()).ReadAsync(Ct))!;
    }

    [Fact]
    public async Task GenerateReplacesTheSeedWithAnEventOfTheAskedSizeThatThePublicPagesShow()
    {
        // Act
        var (exit, output) = await GenerateAsync("--sessions", "300", "--rooms", "6", "--days", "2");

        // Assert
        Assert.Equal(0, exit);
        Assert.StartsWith("Generated 300 sessions in 6 rooms over 2 days (seed 2012)", output);
        var schedule = await ReadScheduleAsync();
        Assert.Equal(300, schedule.Sessions.Count);
        Assert.Equal(6, schedule.Rooms.Count);
        Assert.Equal(2, schedule.Days.Count);
        Assert.Contains(schedule.Sessions, s => s.Kind == SessionKind.Split && s.Subjects.Count > 1);
        Assert.Contains(schedule.Sessions, s => s.Leads.Count > 0);
        var session = schedule.Sessions[^1];
        var page = await _factory.CreateClient().GetAsync($"/sessions/{session.Slug}", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(session.Title), await page.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameEventAndAnotherSeedADifferentOne()
    {
        // Arrange
        static string Fingerprint(PublishedSchedule s) => string.Join("\n", s.Sessions.Select(x =>
            $"{x.Uid}|{x.Slug}|{x.Title}|{x.Day}|{x.Start}|{x.Room.Slug}|{x.Track?.Slug}|{x.Kind}|{string.Join(",", x.Leads.Select(l => l.Slug))}|{x.Description}"));

        // Act
        await GenerateAsync("--sessions", "120", "--rooms", "4", "--days", "3", "--seed", "5");
        var first = Fingerprint(await ReadScheduleAsync());
        await GenerateAsync("--sessions", "120", "--rooms", "4", "--days", "3", "--seed", "5");
        var again = Fingerprint(await ReadScheduleAsync());
        await GenerateAsync("--sessions", "120", "--rooms", "4", "--days", "3", "--seed", "6");
        var other = Fingerprint(await ReadScheduleAsync());

        // Assert
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task GenerateRefusesToDeleteAttendeesAgendasUnlessToldToReplace()
    {
        // Arrange
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            db.Agendas.Add(new PersonalAgenda { TokenHash = new byte[32] });
            await db.SaveChangesAsync(Ct);
        }

        // Act
        var (refused, refusal) = await GenerateAsync("--sessions", "50", "--rooms", "2", "--days", "1");
        var unchanged = await ReadScheduleAsync();
        var (replaced, _) = await GenerateAsync("--sessions", "50", "--rooms", "2", "--days", "1", "--replace");

        // Assert
        Assert.Equal(1, refused);
        Assert.Contains("1 personal agenda(s)", refusal);
        Assert.Contains("--replace", refusal);
        Assert.Equal(28, unchanged.Sessions.Count);
        Assert.Equal(0, replaced);
        Assert.Equal(50, (await ReadScheduleAsync()).Sessions.Count);
    }

    [Theory]
    [InlineData(new[] { "--sessions", "10", "--rooms", "2" }, "Say how many sessions, rooms and days")]
    [InlineData(new[] { "--sessions", "ten", "--rooms", "2", "--days", "1" }, "--sessions needs a whole number.")]
    [InlineData(new[] { "--sessions", "10", "--rooms", "2", "--days", "1", "--colour", "red" }, "Unknown option “--colour”.")]
    [InlineData(new[] { "--sessions", "100000", "--rooms", "1", "--days", "1" }, "Add rooms or days.")]
    public async Task BadOptionsSayWhatIsWrongAndChangeNothing(string[] options, string message)
    {
        // Act
        var (exit, output) = await GenerateAsync(options);

        // Assert
        Assert.Equal(2, exit);
        Assert.Contains(message, output);
        Assert.Equal(28, (await ReadScheduleAsync()).Sessions.Count);
    }
}
