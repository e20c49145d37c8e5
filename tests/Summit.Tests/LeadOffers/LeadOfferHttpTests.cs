using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.LeadOffers;
using Summit.Organizer.Sessions;

namespace Summit.Tests.LeadOffers;

/// <summary>
/// An attendee's offer to lead a session over HTTP, as a browser without script sends it: the form page with its
/// antiforgery token, the post, the page that thanks them. Each test has its own app and database.
/// </summary>
public sealed class LeadOfferHttpTests : IAsyncLifetime
{
    private const string Slug = "pki-future";
    private const string OfferPage = $"/sessions/{Slug}/offer";

    private readonly SummitAppFactory _base = new();
    private WebApplicationFactory<Program> _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        // Three offers per client and window, so the limit is reached quickly.
        _factory = _base.WithWebHostBuilder(b => b.UseSetting("LeadOfferOptions:PermitLimit", "3"));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    private HttpClient Client() => _factory.CreateClient(new() { AllowAutoRedirect = false });

    private static Dictionary<string, string> Offer(string name = "Grace Hopper", string email = "grace@example.org", string note = "I ran this last year.") =>
        new() { ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Note"] = note };

    private async Task WantALeadAsync(string slug = Slug, bool wanted = true)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<SummitDbContext>().Sessions.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(Ct);
        var editor = scope.ServiceProvider.GetRequiredService<SessionEditor>();
        var form = (await editor.LoadAsync(id, Ct))!;
        form.LeadWanted = wanted;
        var outcome = await editor.SaveAsync(id, form.ToDraft(), form.Version, "ada@example.org", Ct);
        Assert.True(outcome.Succeeded);
    }

    private async Task<List<LeadOffer>> OffersAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SummitDbContext>().LeadOffers.AsNoTracking().OrderBy(o => o.Id).ToListAsync(Ct);
    }

    [Fact]
    public async Task AValidOfferIsStoredAndThanksTheAttendee()
    {
        // Arrange
        await WantALeadAsync();
        var client = Client();

        // Act
        var response = await FormPoster.SubmitAsync(client, OfferPage, Offer());
        var thanks = await client.GetStringAsync(response.Headers.Location, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"/sessions/{Slug}/offer/sent", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("will be in touch", thanks, StringComparison.Ordinal);
        var offer = Assert.Single(await OffersAsync());
        Assert.Equal(("Grace Hopper", "grace@example.org", "I ran this last year.", LeadOfferStatus.Open), (offer.Name, offer.Email, offer.Note, offer.Status));
    }

    [Theory]
    [InlineData("", "grace@example.org", "", "Enter your name.")]
    [InlineData("   ", "grace@example.org", "", "Enter your name.")]
    [InlineData("x101", "grace@example.org", "", "Keep your name to 100 characters.")]
    [InlineData("Grace", "", "", "Enter your email address")]
    [InlineData("Grace", "grace.example.org", "", "Enter an email address such as name@example.org.")]
    [InlineData("Grace", "grace@localhost", "", "Enter an email address such as name@example.org.")]
    [InlineData("Grace", "e255", "", "An email address has at most 254 characters.")]
    [InlineData("Grace", "grace@example.org", "x1001", "Keep the note to 1,000 characters")]
    public async Task AnInvalidOfferSaysWhatIsWrongKeepsTheInputAndStoresNothing(string name, string email, string note, string message)
    {
        // Arrange: "x101" stands for 101 characters, "e255" for an address of 255
        await WantALeadAsync();
        name = name == "x101" ? new string('x', 101) : name;
        email = email == "e255" ? new string('e', 243) + "@example.org" : email;
        note = note == "x1001" ? new string('x', 1001) : note;

        // Act
        var response = await FormPoster.SubmitAsync(Client(), OfferPage, Offer(name, email, note));
        var page = await response.Content.ReadAsStringAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{WebUtility.HtmlEncode(email)}\"", page, StringComparison.Ordinal);
        Assert.Empty(await OffersAsync());
    }

    [Fact]
    public async Task HostileTextIsShownBackAsTextAndNeverAsMarkup()
    {
        // Arrange
        await WantALeadAsync();
        const string Hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";

        // Act: a valid note with an invalid address, so the page shows both back
        var response = await FormPoster.SubmitAsync(Client(), OfferPage, Offer(email: Hostile, note: Hostile + "\0\u202e"));
        var page = await response.Content.ReadAsStringAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        Assert.Empty(await OffersAsync());
    }

    [Fact]
    public async Task AHugeNoteIsRefusedWithAReason()
    {
        // Arrange
        await WantALeadAsync();

        // Act: 200,000 characters, far past the note's limit though within the server's
        var response = await FormPoster.SubmitAsync(Client(), OfferPage, Offer(note: new string('y', 200_000)));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Keep the note to 1,000 characters", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Empty(await OffersAsync());
    }

    [Fact]
    public async Task AnOfferSentAgainFromTheSameAddressUpdatesTheNote()
    {
        // Arrange
        await WantALeadAsync();
        var client = Client();
        await FormPoster.SubmitAsync(client, OfferPage, Offer(note: "First thoughts."));

        // Act: the same address, capitalised differently
        var response = await FormPoster.SubmitAsync(client, OfferPage, Offer(email: "Grace@Example.org", note: "Second thoughts."));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var offer = Assert.Single(await OffersAsync());
        Assert.Equal("Second thoughts.", offer.Note);
    }

    [Fact]
    public async Task ASessionNotWantingALeadTakesNoOffer()
    {
        // Arrange: the seeded session does not want a lead; its form page says so
        var client = Client();
        var page = await client.GetAsync(OfferPage, Ct);

        // Act: a post made by hand all the same
        using var post = new HttpRequestMessage(HttpMethod.Post, OfferPage)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(Offer()) { ["_handler"] = "lead-offer" }),
        };
        var response = await client.SendAsync(post, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("not looking for a lead", await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"Answered {response.StatusCode}");
        Assert.Empty(await OffersAsync());
    }

    [Fact]
    public async Task AnUnknownSessionIsNotFound()
    {
        // Act
        var response = await Client().GetAsync("/sessions/no-such-session/offer", Ct);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task APostWithoutTheFormsTokenIsRefused()
    {
        // Arrange
        await WantALeadAsync();
        using var post = new HttpRequestMessage(HttpMethod.Post, OfferPage)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>(Offer()) { ["_handler"] = "lead-offer" }),
        };
        post.Headers.Add("Sec-Fetch-Site", "cross-site");

        // Act
        var response = await Client().SendAsync(post, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await OffersAsync());
    }

    [Fact]
    public async Task TooManyOffersFromOneClientAreAnswered429WithRetryAfter()
    {
        // Arrange: the limit is three offers per window
        await WantALeadAsync();
        var client = Client();
        for (var i = 0; i < 3; i++)
        {
            var sent = await FormPoster.SubmitAsync(client, OfferPage, Offer(email: $"person{i}@example.org"));
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        }

        // Act
        var response = await FormPoster.SubmitAsync(client, OfferPage, Offer(email: "one-more@example.org"));

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Wait", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(3, (await OffersAsync()).Count);
    }

    [Fact]
    public async Task TheSessionPageLinksToTheFormAndStaysShared()
    {
        // Arrange
        await WantALeadAsync();

        // Act
        var response = await Client().GetAsync($"/sessions/{Slug}", Ct);
        var page = await response.Content.ReadAsStringAsync(Ct);

        // Assert: a link, not a form with a per-visitor token
        Assert.Contains($"href=\"/sessions/{Slug}/offer\"", page, StringComparison.Ordinal);
        Assert.Contains("Offer to lead this session", page, StringComparison.Ordinal);
        Assert.DoesNotContain("__RequestVerificationToken", page, StringComparison.Ordinal);
        Assert.DoesNotContain("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASessionNotWantingALeadHasNoLinkToTheForm()
    {
        // Act
        var page = await Client().GetStringAsync($"/sessions/{Slug}", Ct);

        // Assert
        Assert.DoesNotContain("Offer to lead this session", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OffersAppearNowhereInPublic()
    {
        // Arrange
        await WantALeadAsync();
        var client = Client();
        var sent = await FormPoster.SubmitAsync(client, OfferPage, Offer("Quentin Privatename", "quentin@private.example", "Secret note 7c1e"));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        string[] addresses =
        [
            "/", $"/sessions/{Slug}", "/grid", "/calendar.ics", $"/sessions/{Slug}/calendar.ics", "/schedule.json", "/schedule.xml",
            "/api/v1/sessions", $"/api/v1/sessions/{Slug}", "/api/v1/leads", "/changelog", "/changelog.atom",
        ];

        foreach (var address in addresses)
        {
            // Act
            var body = await client.GetStringAsync(address, Ct);

            // Assert
            Assert.DoesNotContain("Privatename", body, StringComparison.Ordinal);
            Assert.DoesNotContain("quentin@private.example", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Secret note 7c1e", body, StringComparison.Ordinal);
        }
    }
}
