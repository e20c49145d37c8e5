using Summit.Core.Editing;
using Summit.Core.LeadOffers;

namespace Summit.Tests.LeadOffers;

public sealed class LeadOfferRulesTests
{
    private static readonly DateTime Now = new(2012, 10, 15, 17, 0, 0, DateTimeKind.Utc);

    private static ScheduledSession Session(bool leadWanted = true, SessionStatus status = SessionStatus.Confirmed) => new(
        1, Guid.NewGuid(), "pki-future", "The future of PKI", "", new DateOnly(2012, 10, 15), new TimeOnly(9, 50), new TimeOnly(10, 30),
        new NamedRef("windsor-bc", "Windsor BC"), 0, null, SessionKind.Regular, status, leadWanted, false, 1, Now, [], []);

    [Fact]
    public void NormalizingTrimsAndTakesOutControlCharacters()
    {
        // Act
        var input = new LeadOfferInput("  Grace\tHopper\0 ", " grace@example.org ", "Line one\r\nline two\u0007 ").Normalized();

        // Assert
        Assert.Equal(("Grace Hopper", "grace@example.org", "Line one\nline two"), (input.Name, input.Email, input.Note));
    }

    [Theory]
    [InlineData("grace@example.org", true)]
    [InlineData("g.hopper+offers@mail.example.co.uk", true)]
    [InlineData("grace", false)]
    [InlineData("@example.org", false)]
    [InlineData("grace@example", false)]
    [InlineData("grace@@example.org", false)]
    [InlineData("grace @example.org", false)]
    [InlineData("grace@example.", false)]
    [InlineData("grace@.example.org", false)]
    [InlineData("grace@example..org", false)]
    public void AnAddressMustLookLikeOne(string email, bool valid)
    {
        // Act
        var looksValid = LeadOfferRules.LooksLikeEmail(email);

        // Assert
        Assert.Equal(valid, looksValid);
    }

    [Fact]
    public void AValidOfferHasNoProblems()
    {
        // Act
        var errors = LeadOfferRules.Validate(new LeadOfferInput(new string('n', 100), "grace@example.org", new string('x', 1000)));

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void EveryFieldPastItsLimitIsNamed()
    {
        // Act
        var errors = LeadOfferRules.Validate(new LeadOfferInput(new string('n', 101), new string('e', 243) + "@example.org", new string('x', 1001)));

        // Assert
        Assert.Equal(["Email", "Name", "Note"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OnlyALeadWantedSessionTakesOffers()
    {
        // Act and assert
        Assert.Null(LeadOfferRules.Refusal(Session()));
        Assert.Equal("This session is not looking for a lead.", LeadOfferRules.Refusal(Session(leadWanted: false)));
    }

    [Fact]
    public void ACancelledSessionTakesNoOffers()
    {
        // Act
        var refusal = LeadOfferRules.Refusal(Session(status: SessionStatus.Cancelled));

        // Assert
        Assert.Equal("This session is cancelled, so it needs no lead.", refusal);
    }

    [Fact]
    public void AnOfferFromTheSameAddressUpdatesTheOpenOne()
    {
        // Arrange
        var open = LeadOfferRules.Record(null, 1, new LeadOfferInput("Grace", "grace@example.org", "First"), Now);

        // Act
        var again = LeadOfferRules.Record(open, 1, new LeadOfferInput("Grace Hopper", "GRACE@example.org", "Second"), Now.AddHours(1));

        // Assert
        Assert.Same(open, again);
        Assert.Equal(("Grace Hopper", "Second", Now, Now.AddHours(1)), (again.Name, again.Note, again.CreatedUtc, again.UpdatedUtc));
    }

    [Fact]
    public void ADecidedOfferIsNeverUpdated()
    {
        // Arrange
        var offer = LeadOfferRules.Record(null, 1, new LeadOfferInput("Grace", "grace@example.org", ""), Now);
        LeadOfferRules.Decide(offer, LeadOfferStatus.Declined, "ada@example.org", Now);

        // Act and assert
        Assert.Throws<InvalidOperationException>(() => LeadOfferRules.Record(offer, 1, new LeadOfferInput("Grace", "grace@example.org", "Again"), Now));
    }

    [Fact]
    public void DecidingRecordsWhoAndWhenOnce()
    {
        // Arrange
        var offer = LeadOfferRules.Record(null, 1, new LeadOfferInput("Grace", "grace@example.org", ""), Now);

        // Act
        var first = LeadOfferRules.Decide(offer, LeadOfferStatus.Accepted, "ada@example.org", Now);
        var second = LeadOfferRules.Decide(offer, LeadOfferStatus.Declined, "bob@example.org", Now.AddMinutes(1));

        // Assert
        Assert.Null(first);
        Assert.Equal("This offer was already accepted by ada@example.org.", second);
        Assert.Equal((LeadOfferStatus.Accepted, "ada@example.org", Now), (offer.Status, offer.DecidedBy, offer.DecidedAtUtc));
    }

    [Fact]
    public void AcceptingAddsTheSenderAsATentativeLeadAfterTheOthers()
    {
        // Arrange
        var current = new List<(LeadDraft, string)> { (new LeadDraft(7, null, false), "Youcef Laribi") };

        // Act
        var leads = LeadOfferRules.LeadsAfterAccepting(current, "Grace Hopper");

        // Assert
        Assert.Equal([new LeadDraft(7, null, false), new LeadDraft(null, "Grace Hopper", true)], leads);
    }

    [Fact]
    public void AcceptingSomeoneWhoAlreadyLeadsItAddsNoOne()
    {
        // Arrange
        var current = new List<(LeadDraft, string)> { (new LeadDraft(7, null, false), "Grace Hopper") };

        // Act
        var leads = LeadOfferRules.LeadsAfterAccepting(current, "grace hopper");

        // Assert
        Assert.Equal([new LeadDraft(7, null, false)], leads);
    }
}
