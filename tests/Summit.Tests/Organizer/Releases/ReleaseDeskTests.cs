using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Releases;
using Summit.Organizer.Releases;

namespace Summit.Tests.Organizer.Releases;

public sealed class ReleaseDeskTests : ReleasesTestContext
{
    private ReleaseDesk Desk => Services.GetRequiredService<ReleaseDesk>();

    [Fact]
    public async Task AnEventPublishedImmediatelyIsNotReleasedByHand()
    {
        // Arrange: the seed publishes each save at once
        var (slug, _) = await SessionAsync(0);
        await RetitleAsync(slug, "Nova roadmap");

        // Act
        var attempt = await Desk.ReleaseAsync(1, new ReleaseDraft(null, "By hand"), User, Ct);

        // Assert
        Assert.Equal(ReleaseAttemptKind.NotReleasedByHand, attempt.Kind);
        Assert.Equal([1], await ReleaseVersionsAsync());
    }

    [Fact]
    public async Task TheDashboardLineIsOnlyForChangesWaitingForARelease()
    {
        // Arrange
        var (slug, _) = await SessionAsync(0);
        await RetitleAsync(slug, "Nova roadmap");
        var immediately = await Desk.UnreleasedAsync(Ct);

        // Act
        await SetModeAsync(PublishMode.WhenReleased);
        var whenReleased = await Desk.UnreleasedAsync(Ct);

        // Assert
        Assert.Null(immediately);
        Assert.Equal("1 unreleased change", whenReleased);
    }

    [Fact]
    public async Task ATooLongNameIsRefusedAtItsFieldAndNothingIsReleased()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        var (slug, _) = await SessionAsync(0);
        await RetitleAsync(slug, "Nova roadmap");

        // Act
        var attempt = await Desk.ReleaseAsync(1, new ReleaseDraft(new string('n', 101), "Nova's new title."), User, Ct);

        // Assert
        Assert.Equal(ReleaseAttemptKind.Invalid, attempt.Kind);
        Assert.Contains("100 characters or fewer", attempt.Errors[ReleaseFields.Name][0], StringComparison.Ordinal);
        Assert.Equal([1], await ReleaseVersionsAsync());
    }
}
