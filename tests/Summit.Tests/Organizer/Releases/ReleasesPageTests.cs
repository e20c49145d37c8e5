using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Releases;

namespace Summit.Tests.Organizer.Releases;

public sealed class ReleasesPageTests : ReleasesTestContext
{
    [Fact]
    public async Task PendingChangesShowWithTheLatestReleaseAndALinkToEditEachSession()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        var (slug, title) = await SessionAsync(0);
        var id = await RetitleAsync(slug, "Nova roadmap");

        // Act
        var cut = RenderReleases();

        // Assert
        Assert.Contains("Release 1 (As published)", cut.Find(".latest-release").TextContent, StringComparison.Ordinal);
        var change = Assert.Single(cut.FindAll(".pending-changes li"));
        Assert.Contains($"Retitled from “{title}”", change.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/organizer/sessions/{id}", change.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("_blank", cut.Find("a.preview-link").GetAttribute("target"));
        Assert.Equal("/preview/", cut.Find("a.preview-link").GetAttribute("href"));
    }

    [Fact]
    public async Task ReleasingPublishesTheNextReleaseWithItsNameAndComment()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        var (slug, _) = await SessionAsync(0);
        await RetitleAsync(slug, "Nova roadmap");
        var cut = RenderReleases();

        // Act
        Release(cut, "Final", "The Nova session has its final title.");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Release 2 (Final) published", Message(cut)));
        Assert.Contains("Release 2 (Final)", cut.Find(".latest-release").TextContent, StringComparison.Ordinal);
        Assert.Contains("Release 2 (Final)", cut.Find(".release-list li").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".pending-changes li"));
        var snapshot = await Services.GetRequiredService<ScheduleSnapshots>().GetAsync(Ct);
        Assert.Equal(new ReleaseInfo(2, "Final", "The Nova session has its final title.", snapshot!.Release!.ReleasedUtc, User), snapshot.Release);
        Assert.Equal("Nova roadmap", snapshot.Schedule.FindSession(slug)!.Title);
    }

    [Fact]
    public async Task AMissingCommentShowsAMessageAndReleasesNothing()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        var (slug, _) = await SessionAsync(0);
        await RetitleAsync(slug, "Nova roadmap");
        var cut = RenderReleases();

        // Act
        Release(cut, "Final", "   ");

        // Assert
        cut.WaitForAssertion(() => Assert.Contains(
            "Say what changed in this release",
            cut.Find("#release-comment").Closest(".mud-input-control")!.TextContent,
            StringComparison.Ordinal));
        Assert.Equal([1], await ReleaseVersionsAsync());
        Assert.Equal("Final", cut.Find("#release-name").GetAttribute("value"));
    }

    [Fact]
    public async Task TheSecondOfTwoOrganizersReleasingIsToldAndSeesTheChangesAgainstTheFirstsRelease()
    {
        // Arrange: both open the page while release 1 is public
        await SetModeAsync(PublishMode.WhenReleased);
        var (first, _) = await SessionAsync(0);
        var (second, secondTitle) = await SessionAsync(1);
        await RetitleAsync(first, "Nova roadmap");
        var ada = RenderReleases();
        await using var other = Other("bob@example.org");
        var bob = other.RenderReleases();
        Release(ada, null, "Nova's new title.");
        ada.WaitForAssertion(() => Assert.Equal("Release 2 published", Message(ada)));
        await RetitleAsync(second, "Swift roadmap");

        // Act
        Release(bob, "Final", "Titles settled.");

        // Assert
        bob.WaitForAssertion(() => Assert.Equal(
            $"Release 2 was just published by {User}. The changes below are now against it; look them over and release again.",
            Message(bob)));
        var change = Assert.Single(bob.FindAll(".pending-changes li"));
        Assert.Contains($"Retitled from “{secondTitle}”", change.TextContent, StringComparison.Ordinal);
        Assert.Equal("Titles settled.", bob.Find("#release-comment").GetAttribute("value"));
        Assert.Equal([1, 2], await ReleaseVersionsAsync());
    }

    [Fact]
    public async Task ReleasingWhenTheWorkingCopyMatchesThePublicScheduleSaysSo()
    {
        // Arrange: a change shown, then undone before Release
        await SetModeAsync(PublishMode.WhenReleased);
        var (slug, title) = await SessionAsync(0);
        await RetitleAsync(slug, "Nova roadmap");
        var cut = RenderReleases();
        await RetitleAsync(slug, title);

        // Act
        Release(cut, null, "Nova's new title.");

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("Nothing to release: the public schedule already matches the working copy.", Message(cut)));
        Assert.Equal([1], await ReleaseVersionsAsync());
    }

    [Fact]
    public async Task AnAgendaStarringAChangedSessionCountsAsAffected()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        var (starred, _) = await SessionAsync(0);
        var (other, _) = await SessionAsync(1);
        await StarAsync(starred);
        await StarAsync(other);
        await RetitleAsync(starred, "Nova roadmap");

        // Act
        var cut = RenderReleases();

        // Assert
        Assert.Equal("1 agenda affected", cut.Find(".affected-agendas strong").TextContent);
    }

    [Fact]
    public async Task AnEventPublishedImmediatelyHasNoReleaseFormAndLinksTheChangelog()
    {
        // Act: the seed publishes each save at once
        var cut = RenderReleases();

        // Assert
        Assert.Empty(cut.FindAll("form[aria-label='Release']"));
        Assert.Contains("publishes each save at once", cut.Find(".published-at-once").TextContent, StringComparison.Ordinal);
        Assert.NotNull(cut.Find(".published-at-once a[href='/changelog']"));
        Assert.Contains("Release 1 (As published)", cut.Find(".release-list li").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastReleasesAreListedNewestFirstWithTheirNumberOfChanges()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        var (slug, _) = await SessionAsync(0);
        await RetitleAsync(slug, "Nova roadmap");
        var cut = RenderReleases();
        Release(cut, null, "Nova's new title.");
        cut.WaitForAssertion(() => Assert.Equal("Release 2 published", Message(cut)));

        // Act
        await LeavePagesAsync();
        var releases = RenderReleases().FindAll(".release-list li").Select(li => li.TextContent).ToList();

        // Assert
        Assert.Equal(2, releases.Count);
        Assert.Contains("1 change", releases[0], StringComparison.Ordinal);
        Assert.Contains("Nova's new title.", releases[0], StringComparison.Ordinal);
        Assert.Contains("Release 1 (As published)", releases[1], StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(User, await db.Releases.Where(r => r.Version == 2).Select(r => r.ReleasedBy).SingleAsync(Ct));
    }
}
