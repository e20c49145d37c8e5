using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Http;

/// <summary>An empty page says why: nothing matched the visitor's search, or nothing is scheduled at all.</summary>
public sealed class EmptyResultTests : IAsyncLifetime
{
    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task ASearchThatMatchesNothingSaysSoRatherThanThatNothingIsScheduled()
    {
        // Act
        var html = WebUtility.HtmlDecode(await _factory.CreateClient().GetStringAsync("/?q=xyzzy", Ct));

        // Assert
        Assert.Contains("No sessions match “xyzzy”.", html);
        Assert.Contains("<a href=\"/\">clear all filters</a>", html);
        Assert.DoesNotContain("No sessions are scheduled yet.", html);
    }

    [Fact]
    public async Task AScheduleWithoutSessionsSaysNothingIsScheduledYet()
    {
        // Arrange
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            db.Sessions.RemoveRange(await db.Sessions.ToListAsync(Ct));
            await db.SaveChangesAsync(Ct);
        }

        // Act
        var html = await _factory.CreateClient().GetStringAsync("/?q=xyzzy", Ct);

        // Assert
        Assert.Contains("No sessions are scheduled yet.", html);
        Assert.DoesNotContain("No sessions match", html);
    }
}
