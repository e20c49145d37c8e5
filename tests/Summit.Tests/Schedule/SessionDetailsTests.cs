using Bunit;
using Summit.Core.Time;
using Summit.Web.Schedule;

namespace Summit.Tests.Schedule;

public sealed class SessionDetailsTests : SummitBunitContext
{
    private static readonly EventClock Clock = new("America/Los_Angeles");

    [Fact]
    public void PageShowsWhenWhereTrackAndLeads()
    {
        // Arrange
        var session = new SessionBuilder().Titled("LBaaS 2 - Tenant APIs")
            .At(new DateOnly(2012, 10, 16), new TimeOnly(17, 20), new TimeOnly(18, 0))
            .LedBy("Youcef", tentative: true)
            .Build();

        // Act
        var cut = Render<SessionDetails>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        // Assert
        Assert.Equal("LBaaS 2 - Tenant APIs", cut.Find("h1").TextContent.Trim());
        var facts = cut.FindAll(".session-facts dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Equal(["Tuesday, October 16, 5:20pm – 6:00pm PDT", "Windsor BC", "Quantum", "Youcef (tentative)"], facts);
    }

    [Fact]
    public void DescriptionRendersMarkdownListsAndLinks()
    {
        var session = new SessionBuilder()
            .WithDescription("Other topics:\n\n- generic vif-plugging\n- auto-setting\n\nSee https://bugs.launchpad.net/quantum/+bug/1046766")
            .Build();

        var cut = Render<SessionDetails>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Equal(2, cut.FindAll(".session-description ul li").Count);
        Assert.Equal("https://bugs.launchpad.net/quantum/+bug/1046766", cut.Find(".session-description a").GetAttribute("href"));
    }

    [Fact]
    public void SplitSessionShowsEverySubjectWithItsText()
    {
        var session = new SessionBuilder().OfKind(SessionKind.Split)
            .WithSubject("ARM Support for Quantum", "Keep the progress up.")
            .WithSubject("Newtonian - Network Orchestration Service", "Limitations at *scale*.")
            .Build();

        var cut = Render<SessionDetails>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Equal(["ARM Support for Quantum", "Newtonian - Network Orchestration Service"], cut.FindAll(".session-subject h3").Select(h => h.TextContent.Trim()));
        Assert.Equal("<em>scale</em>", cut.FindAll(".session-subject em")[0].OuterHtml);
    }

    [Fact]
    public void HostileDescriptionNeverReachesThePage()
    {
        var session = new SessionBuilder().WithDescription("<script>alert(1)</script> [x](javascript:alert(2))").Build();

        var cut = Render<SessionDetails>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Empty(cut.FindAll("script"));
        Assert.DoesNotContain("javascript:", cut.Markup);
    }

    [Fact]
    public void BackLinkReturnsToTheSessionOnTheSchedule()
    {
        var session = new SessionBuilder().Titled("PKI Future", "pki-future").Build();

        var cut = Render<SessionDetails>(p => p.Add(c => c.Session, session).Add(c => c.Clock, Clock));

        Assert.Equal("/#pki-future", cut.Find("nav a").GetAttribute("href"));
    }
}
