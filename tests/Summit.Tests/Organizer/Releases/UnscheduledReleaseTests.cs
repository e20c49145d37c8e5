using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Summit.Core.Releases;
using Summit.Organizer.Releases;

namespace Summit.Tests.Organizer.Releases;

/// <summary>Releases and unscheduled sessions: a proposal is never released, and one taken off the schedule leaves it in the next release.</summary>
public sealed class UnscheduledReleaseTests : ReleasesTestContext
{
    private ReleaseDesk Desk => Services.GetRequiredService<ReleaseDesk>();

    private async Task UnscheduleAsync(string slug)
    {
        await using var db = Database.CreateContext();
        var session = await db.Sessions.SingleAsync(s => s.Slug == slug, Ct);
        (session.RoomId, session.TimeSlotId) = (null, null);
        await db.SaveChangesAsync(Ct);
    }

    private async Task AddProposalAsync(string slug, string title)
    {
        await using var db = Database.CreateContext();
        db.Sessions.Add(new Session { Slug = slug, Title = title });
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task ASessionTakenOffTheScheduleIsRemovedInTheNextRelease()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);
        var (slug, title) = await SessionAsync(0);
        await UnscheduleAsync(slug);

        // Act
        var preview = (await Desk.LoadAsync(Ct))!.Preview;
        var attempt = await Desk.ReleaseAsync(preview.Latest?.Version, new ReleaseDraft(null, $"{title} is unscheduled."), User, Ct);

        // Assert
        var change = Assert.Single(preview.Changes);
        Assert.Equal((slug, SessionChangeKind.Removed), (change.Slug, change.Kinds));
        Assert.Equal(ReleaseAttemptKind.Released, attempt.Kind);
        Assert.DoesNotContain(attempt.View!.Preview.Schedule.Sessions, s => s.Slug == slug);
        Assert.Equal(27, attempt.View.Releases[0].SessionCount);
    }

    [Fact]
    public async Task AnUnscheduledProposalIsNeitherPreviewedNorReleased()
    {
        // Arrange
        await SetModeAsync(PublishMode.WhenReleased);

        // Act
        await AddProposalAsync("nova-cells", "Nova cells");
        var view = (await Desk.LoadAsync(Ct))!;

        // Assert
        Assert.Empty(view.Preview.Changes);
        Assert.False(view.Preview.ChangesSomething);
        Assert.DoesNotContain(view.Preview.Schedule.Sessions, s => s.Slug == "nova-cells");
    }
}
