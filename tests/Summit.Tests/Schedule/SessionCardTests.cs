using Bunit;
using Summit.Core.Time;
using Summit.Web.Schedule;

namespace Summit.Tests.Schedule;

public sealed class SessionCardTests : SummitBunitContext
{
    private static readonly EventClock Clock = new("America/Los_Angeles");

    [Fact]
    public void CardShowsTitleLinkTimeRangeRoomAndTrack()
    {
        // Arrange
        var session = new SessionBuilder().Titled("Keystone Internals", "keystone-internals")
            .At(new DateOnly(2012, 10, 18), new TimeOnly(9, 50), new TimeOnly(10, 30))
            .Build() with { Track = new NamedRef("keystone", "Keystone") };

        // Act
        var cut = Render<SessionCard>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        // Assert
        Assert.Equal("sessions/keystone-internals", cut.Find(".session-title a").GetAttribute("href"));
        Assert.Equal("9:50am – 10:30am PDT · Windsor BC", cut.Find(".session-when").TextContent.Trim());
        Assert.Contains("Keystone", cut.Find(".session-badges").TextContent);
    }

    [Fact]
    public void TentativeLeadIsMarked()
    {
        var session = new SessionBuilder().LedBy("Serge").LedBy("Youcef", tentative: true).Build();

        var cut = Render<SessionCard>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Equal("Led by Serge, Youcef (tentative)", Normalize(cut.Find(".session-leads").TextContent));
        Assert.Single(cut.FindAll(".lead-tentative"));
    }

    [Theory]
    [InlineData(SessionKind.Split, "Split session")]
    [InlineData(SessionKind.Half, "Half session")]
    public void KindBadgeNamesSplitAndHalfSessions(SessionKind kind, string badge)
    {
        var session = new SessionBuilder().OfKind(kind).Build();

        var cut = Render<SessionCard>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Contains(badge, cut.Find(".session-badges").TextContent);
    }

    [Fact]
    public void RegularSessionHasNoKindBadge()
    {
        var cut = Render<SessionCard>(p => p.Add(c => c.Session, new SessionBuilder().Build()).Add(c => c.Clock, Clock));

        Assert.DoesNotContain("Split", cut.Markup);
        Assert.DoesNotContain("Half", cut.Markup);
    }

    [Fact]
    public void LeadWantedAndCancelledAreVisible()
    {
        var session = new SessionBuilder().WantingALead().WithStatus(SessionStatus.Cancelled).Build();

        var cut = Render<SessionCard>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Contains("Lead wanted", cut.Markup);
        Assert.Contains("Cancelled", cut.Markup);
        Assert.Contains("session-cancelled", cut.Find("article").ClassName);
    }

    [Fact]
    public void CardShowsTheFirstLinesOfTheDescriptionAsText()
    {
        var session = new SessionBuilder().WithDescription("Top priority is **gating**.\n\n- tempest\n- quantum").Build();

        var cut = Render<SessionCard>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Equal("Top priority is gating. tempest; quantum", cut.Find(".session-excerpt").TextContent.Trim());
    }

    [Fact]
    public void SplitSessionListsItsSubjectTitles()
    {
        var session = new SessionBuilder().OfKind(SessionKind.Split)
            .WithSubject("Quantum Scheduler", "HA support")
            .WithSubject("Quantum and XenAPI / XenServer", "Open vSwitch")
            .Build();

        var cut = Render<SessionCard>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Equal("Subjects: Quantum Scheduler · Quantum and XenAPI / XenServer", Normalize(cut.Find(".session-subjects").TextContent));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
