using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Summit.Tests.Api;

/// <summary>
/// A split session an organizer gave tentative leads and marked as wanting one more: the API carries each part.
/// The class owns its app, since it changes the schedule.
/// </summary>
public sealed class ApiEditedSessionTests : IAsyncLifetime
{
    private const string Slug = "improving-quantum-firewalling";

    private readonly SummitAppFactory _factory = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
        var session = await db.Sessions.Include(s => s.Leads).SingleAsync(s => s.Slug == Slug, Ct);
        var people = await db.People.Where(p => p.Slug == "nachi" || p.Slug == "serge").ToDictionaryAsync(p => p.Slug, Ct);
        session.Leads.Add(new SessionLead { Person = people["nachi"], Order = 0 });
        session.Leads.Add(new SessionLead { Person = people["serge"], IsTentative = true, Order = 1 });
        session.LeadWanted = true;
        session.Status = SessionStatus.Tentative;
        session.Revision++;
        session.LastModifiedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(Ct);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task TheSessionCarriesItsLeadsInOrderWithTentativeMarkedAndLeadWanted()
    {
        var json = await _factory.CreateClient().GetJsonAsync($"/api/v1/sessions/{Slug}");

        var leads = json.GetProperty("leads");
        Assert.Equal(["nachi", "serge"], leads.Strings("slug"));
        Assert.False(leads[0].GetProperty("tentative").GetBoolean());
        Assert.True(leads[1].GetProperty("tentative").GetBoolean());
        Assert.True(json.GetProperty("leadWanted").GetBoolean());
        Assert.Equal("tentative", json.GetProperty("status").GetString());
        Assert.Equal("split", json.GetProperty("kind").GetString());
        Assert.Equal(["Packet Filter API and its drivers", "Firewall API for quantum"], json.GetProperty("subjects").Strings("title"));
        Assert.Equal(1, json.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task TheLeadWantedAndStatusFiltersFindIt()
    {
        var client = _factory.CreateClient();

        var wanted = await client.GetJsonAsync("/api/v1/sessions?leadwanted=true");
        var tentative = await client.GetJsonAsync("/api/v1/sessions?status=tentative&lead=serge");

        Assert.Equal([Slug], wanted.GetProperty("sessions").Strings("slug"));
        Assert.Equal([Slug], tentative.GetProperty("sessions").Strings("slug"));
    }

    [Fact]
    public async Task LeadsCountTheSessionsTheyLeadTentativelyToo()
    {
        var leads = await _factory.CreateClient().GetJsonAsync("/api/v1/leads");

        var serge = leads.EnumerateArray().Single(l => l.GetProperty("slug").GetString() == "serge");
        Assert.True(serge.GetProperty("sessionCount").GetInt32() >= 1);
    }

    [Fact]
    public async Task TheWorkingCopyIsNotServedWhenTheEventPublishesOnRelease()
    {
        // Arrange: served as released, then the organizers switch to releasing by hand and edit the working copy
        var client = _factory.CreateClient();
        var released = await client.GetJsonAsync("/api/v1/sessions/pki-future");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var conference = await db.Conferences.SingleAsync(Ct);
            conference.PublishMode = Summit.Core.Releases.PublishMode.WhenReleased;
            await db.SaveChangesAsync(Ct);
        }

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SummitDbContext>();
            var session = await db.Sessions.SingleAsync(s => s.Slug == "pki-future", Ct);
            session.Title = "Not released yet";
            await db.SaveChangesAsync(Ct);
        }

        // Act
        var after = await client.GetAsync("/api/v1/sessions/pki-future", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(released.GetProperty("title").GetString(), (await ApiJsonReader.ReadAsync(after)).GetProperty("title").GetString());
    }
}
