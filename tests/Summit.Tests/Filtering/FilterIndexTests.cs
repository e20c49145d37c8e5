using Summit.Core.Filtering;

namespace Summit.Tests.Filtering;

public sealed class FilterIndexTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private FilterResult Apply(ScheduleFilter filter) => seed.Index.Apply(filter);

    private static List<string> Titles(FilterResult result) => [.. result.Sessions.Select(s => s.Title)];

    [Fact]
    public void NoFilterKeepsEverySessionInScheduleOrder()
    {
        var result = Apply(ScheduleFilter.None);

        Assert.Equal(seed.Schedule.Sessions, result.Sessions);
        Assert.Equal(28, result.TotalSessions);
    }

    [Fact]
    public void KeystoneTrackGivesTheSixThursdaySessions()
    {
        // Act
        var result = Apply(new ScheduleFilter { Tracks = ["keystone"] });

        // Assert
        Assert.Equal(6, result.Sessions.Count);
        Assert.All(result.Sessions, s => Assert.Equal(new DateOnly(2012, 10, 18), s.Day));
        Assert.Equal("Keystone Internals", result.Sessions[0].Title);
    }

    [Fact]
    public void RoomFacetKeepsThatRoom()
    {
        Assert.Equal(28, Apply(new ScheduleFilter { Rooms = ["windsor-bc"] }).Sessions.Count);
    }

    [Fact]
    public void DayFacetKeepsThatDay()
    {
        var result = Apply(new ScheduleFilter { Days = [new DateOnly(2012, 10, 16)] });

        Assert.Equal(7, result.Sessions.Count);
        Assert.Equal("quantum: improving IPv6 support / pluggable IP allocation", result.Sessions[0].Title);
    }

    [Fact]
    public void LeadFacetFindsTheSessionsThatPersonLeads()
    {
        Assert.Equal(["Nova/Quantum vif-plugging Interaction"], Titles(Apply(new ScheduleFilter { Leads = ["garyk"] })));
    }

    [Fact]
    public void KindFacetKeepsSplitSessions()
    {
        var result = Apply(new ScheduleFilter { Kinds = [SessionKind.Split] });

        Assert.Equal(4, result.Sessions.Count);
        Assert.All(result.Sessions, s => Assert.Equal(SessionKind.Split, s.Kind));
    }

    [Fact]
    public void StatusFacetKeepsOnlyThatStatus()
    {
        Assert.Empty(Apply(new ScheduleFilter { Statuses = [SessionStatus.Cancelled] }).Sessions);
        Assert.Equal(28, Apply(new ScheduleFilter { Statuses = [SessionStatus.Confirmed] }).Sessions.Count);
    }

    [Fact]
    public void LeadWantedKeepsOnlySessionsLookingForALead()
    {
        Assert.Empty(Apply(new ScheduleFilter { LeadWantedOnly = true }).Sessions);
    }

    [Fact]
    public void ValuesWithinAFacetAreAlternatives()
    {
        var result = Apply(new ScheduleFilter { Kinds = [SessionKind.Split, SessionKind.Half] });

        Assert.Equal(5, result.Sessions.Count);
    }

    [Fact]
    public void DifferentFacetsAllApply()
    {
        var result = Apply(new ScheduleFilter { Tracks = ["quantum"], Days = [new DateOnly(2012, 10, 17)], Kinds = [SessionKind.Split] });

        Assert.Equal(["Quantum orchestration / ARM support for Quantum", "Improving Quantum Firewalling"], Titles(result));
    }

    [Fact]
    public void TextFindsTheSplitSessionWhoseSubjectMentionsIpv6()
    {
        Assert.Equal(["quantum: improving IPv6 support / pluggable IP allocation"], Titles(Apply(new ScheduleFilter { Text = "ipv6" })));
    }

    [Fact]
    public void TextMatchesSubjectTextsToo()
    {
        // "Newtonian" appears only in a subject of a split session.
        Assert.Equal(["Quantum orchestration / ARM support for Quantum"], Titles(Apply(new ScheduleFilter { Text = "newtonian" })));
    }

    [Fact]
    public void TextMatchesLeadNames()
    {
        Assert.Equal(["LBaaS 2 - Tenant APIs"], Titles(Apply(new ScheduleFilter { Text = "YOUCEF" })));
    }

    [Fact]
    public void TextIsCaseAndAccentInsensitive()
    {
        Assert.Equal(Titles(Apply(new ScheduleFilter { Text = "federation" })), Titles(Apply(new ScheduleFilter { Text = "FÉDÉRATION" })));
        Assert.Equal(["Policy and Auth Delegation"], Titles(Apply(new ScheduleFilter { Text = "Fédération" })));
    }

    [Fact]
    public void EveryWordOfTheTextMustMatch()
    {
        Assert.Equal(["LBaaS 1 - use cases and requirements", "LBaaS 2 - Tenant APIs", "LBaaS 3 - Provider APIs", "LBaaS 4 - implementation planning"],
            Titles(Apply(new ScheduleFilter { Text = "lbaas" })));
        Assert.Equal(["LBaaS 1 - use cases and requirements", "LBaaS 2 - Tenant APIs"], Titles(Apply(new ScheduleFilter { Text = "lbaas tenant" })));
        Assert.Empty(Apply(new ScheduleFilter { Text = "lbaas ipv6" }).Sessions);
    }

    [Fact]
    public void TextWordsMatchTheStartOfWords()
    {
        Assert.Contains("Modular Quantum L2 Plugin and Agent", Titles(Apply(new ScheduleFilter { Text = "modul" })));
    }

    [Fact]
    public void PunctuationOnlyTextDoesNotFilter()
    {
        Assert.Equal(28, Apply(new ScheduleFilter { Text = " -- ?! " }).Sessions.Count);
    }

    [Fact]
    public void FacetCountsSayWhatEachTrackWouldGive()
    {
        var facets = Apply(ScheduleFilter.None).Facets;

        Assert.Equal([("quantum", 22), ("keystone", 6)], facets.Tracks.Select(t => (t.Value, t.Count)));
        Assert.Equal([8, 7, 7, 6], facets.Days.Select(d => d.Count));
        Assert.Equal([("regular", 23), ("split", 4), ("half", 1)], facets.Kinds.Select(k => (k.Value, k.Count)));
    }

    [Fact]
    public void CountsOfAFacetIgnoreThatFacetsOwnSelection()
    {
        // With Keystone chosen, Quantum still says what choosing it as well would give.
        var facets = Apply(new ScheduleFilter { Tracks = ["keystone"] }).Facets;

        Assert.Equal([("quantum", 22, false), ("keystone", 6, true)], facets.Tracks.Select(t => (t.Value, t.Count, t.Selected)));
    }

    [Fact]
    public void CountsOfOtherFacetsApplyTheSelection()
    {
        var facets = Apply(new ScheduleFilter { Tracks = ["keystone"] }).Facets;

        Assert.Equal([0, 0, 0, 6], facets.Days.Select(d => d.Count));
        Assert.Equal(0, facets.Kinds.Single(k => k.Value == "split").Count);
    }

    [Fact]
    public void LeadCountsFollowTheText()
    {
        var facets = Apply(new ScheduleFilter { Text = "lbaas" }).Facets;

        Assert.Equal([("serge", 1), ("youcef", 1)], facets.Leads.Where(l => l.Count > 0).Select(l => (l.Value, l.Count)).Order());
    }

    [Fact]
    public void UnknownValueInAFacetKeepsNothing()
    {
        Assert.Empty(Apply(new ScheduleFilter { Rooms = ["nowhere"] }).Sessions);
    }
}
