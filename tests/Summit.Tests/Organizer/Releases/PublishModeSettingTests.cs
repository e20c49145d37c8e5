using Bunit;
using Microsoft.EntityFrameworkCore;
using Summit.Core.Releases;
using Summit.Organizer.Dashboard;
using Summit.Organizer.EventSettings;
using Summit.Organizer.Releases;

namespace Summit.Tests.Organizer.Releases;

public sealed class PublishModeSettingTests : ReleasesTestContext
{
    [Fact]
    public async Task ChoosingWhenReleasedSavesItWithItsHistoryAndTheReleasesPageOffersTheReleaseForm()
    {
        // Arrange
        var cut = Render<EventSettingsPage>();
        cut.WaitForElement("#event-name");

        // Act
        cut.Find("#publish-mode-WhenReleased").Click();
        cut.Find("form[aria-label='Event settings']").Submit();

        // Assert
        cut.WaitForAssertion(() => Assert.Contains("changes reach attendees when an organizer releases them", cut.Markup, StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        Assert.Equal(PublishMode.WhenReleased, (await db.Conferences.SingleAsync(Ct)).PublishMode);
        var field = Assert.Single((await db.Changes.SingleAsync(Ct)).Fields);
        Assert.Equal(("Publish changes", "Immediately", "When released"), (field.Field, field.Old, field.New));
        await LeavePagesAsync();
        Assert.True(Render<EventSettingsPage>().WaitForElement("#publish-mode-WhenReleased").HasAttribute("checked"));
        await LeavePagesAsync();
        await RetitleAsync((await SessionAsync(0)).Slug, "Nova roadmap");
        Assert.NotNull(RenderReleases().Find("form[aria-label='Release']"));
    }

    [Fact]
    public async Task TheDashboardCountsUnreleasedChangesWhenChangesWaitForARelease()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        await RetitleAsync((await SessionAsync(0)).Slug, "Nova roadmap");
        await RetitleAsync((await SessionAsync(1)).Slug, "Swift roadmap");

        // Act
        var cut = Render<DashboardPage>();

        // Assert
        cut.WaitForAssertion(() => Assert.Equal("2 unreleased changes", cut.Find(".unreleased-changes a").TextContent));
        Assert.Equal("/organizer/releases", cut.Find(".unreleased-changes a").GetAttribute("href"));
    }

    [Fact]
    public async Task TheDashboardSaysNothingOfReleasesWhenEachSaveIsPublishedAtOnce()
    {
        // Arrange
        await RetitleAsync((await SessionAsync(0)).Slug, "Nova roadmap");

        // Act
        var cut = Render<DashboardPage>();

        // Assert
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll(".dashboard-counts")));
        Assert.Empty(cut.FindAll(".unreleased-changes"));
    }
}
