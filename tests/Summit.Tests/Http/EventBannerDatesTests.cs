using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Organizer.Structure;

namespace Summit.Tests.Http;

/// <summary>The public banner's first and last day follow the days organizers add, move and delete.</summary>
public sealed partial class EventBannerDatesTests : IAsyncLifetime
{
    private const string User = "ada@example.org";

    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task AddingADayAfterTheLastExtendsTheBannersDates()
    {
        // Arrange
        var client = _factory.CreateClient();
        Assert.Equal("October 15–18, 2012 · San Diego", await BannerDatesAsync(client));

        // Act
        await WithStructureAsync(e => e.SaveDayAsync(null, new DayDraft(new DateOnly(2012, 10, 19)), User, Ct));

        // Assert
        Assert.Equal("October 15–19, 2012 · San Diego", await BannerDatesAsync(client));
    }

    [Fact]
    public async Task MovingTheLastDayMovesTheBannersLastDay()
    {
        // Arrange
        var client = _factory.CreateClient();
        await BannerDatesAsync(client);
        var thursday = await DayIdAsync(new DateOnly(2012, 10, 18));

        // Act
        await WithStructureAsync(e => e.SaveDayAsync(thursday, new DayDraft(new DateOnly(2012, 11, 2)), User, Ct));

        // Assert
        Assert.Equal("October 15 – November 2, 2012 · San Diego", await BannerDatesAsync(client));
    }

    [Fact]
    public async Task DeletingTheFirstDayStartsTheBannerOnTheNextDay()
    {
        // Arrange
        var client = _factory.CreateClient();
        await BannerDatesAsync(client);
        var monday = await DayIdAsync(new DateOnly(2012, 10, 15));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            await db.Sessions.Where(s => s.TimeSlot!.DayId == monday).ExecuteDeleteAsync(Ct);
        }

        // Act
        await WithStructureAsync(e => e.DeleteDayAsync(monday, User, Ct));

        // Assert
        Assert.Equal("October 16–18, 2012 · San Diego", await BannerDatesAsync(client));
    }

    private async Task WithStructureAsync(Func<StructureEditor, Task<Summit.Organizer.Sessions.SaveOutcome>> edit)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var outcome = await edit(scope.ServiceProvider.GetRequiredService<StructureEditor>());
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Values.SelectMany(m => m)));
    }

    private async Task<int> DayIdAsync(DateOnly date)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        return await db.Days.Where(d => d.Date == date).Select(d => d.Id).SingleAsync(Ct);
    }

    private static async Task<string> BannerDatesAsync(HttpClient client)
    {
        var response = await client.GetAsync("/", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        return WebUtility.HtmlDecode(EventWhen().Match(html).Groups[1].Value).Trim();
    }

    [GeneratedRegex("""class="[^"]*event-when[^"]*"[^>]*>([^<]*)<""")]
    private static partial Regex EventWhen();
}
