using System.Text.Json;
using Summit.Core.Releases;
using Summit.Core.Sharing;
using Summit.Core.Time;

namespace Summit.Tests.Sharing;

public sealed class EventJsonLdTests
{
    private static readonly EventClock Clock = new("America/Los_Angeles");
    private static readonly EventInfo Event = new("OpenStack Grizzly Design Summit", null, "San Diego", "America/Los_Angeles", null, null, null);
    private static readonly Uri Site = new("https://summit.example.org/");

    private static JsonElement Write(ScheduledSession session, SessionPlace? movedFrom = null)
    {
        var json = EventJsonLd.Write(session, Event, Clock, Site, new Uri(Site, "sessions/" + session.Slug), "About it", movedFrom);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    [Fact]
    public void ASessionIsAnOfflineEventInItsRoomWithOffsetTimes()
    {
        // Arrange
        var session = new SessionBuilder().Titled("PKI Future", "pki-future")
            .At(new DateOnly(2012, 10, 18), new TimeOnly(11, 50), new TimeOnly(12, 30)).InRoom("windsor-bc", "Windsor BC").Build();

        // Act
        var json = Write(session);

        // Assert
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("PKI Future", json.GetProperty("name").GetString());
        Assert.Equal("2012-10-18T11:50-07:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2012-10-18T12:30-07:00", json.GetProperty("endDate").GetString());
        Assert.Equal("Place", json.GetProperty("location").GetProperty("@type").GetString());
        Assert.Equal("Windsor BC", json.GetProperty("location").GetProperty("name").GetString());
        Assert.Equal("OpenStack Grizzly Design Summit", json.GetProperty("organizer").GetProperty("name").GetString());
        Assert.Equal("https://schema.org/EventScheduled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("https://summit.example.org/sessions/pki-future", json.GetProperty("url").GetString());
    }

    [Fact]
    public void ACancelledSessionIsACancelledEvent()
    {
        // Arrange
        var session = new SessionBuilder().WithStatus(SessionStatus.Cancelled).Build();

        // Act
        var json = Write(session);

        // Assert
        Assert.Equal("https://schema.org/EventCancelled", json.GetProperty("eventStatus").GetString());
    }

    [Fact]
    public void AMovedSessionIsRescheduledAndSaysWhenItWas()
    {
        // Arrange
        var session = new SessionBuilder().At(new DateOnly(2012, 10, 17), new TimeOnly(14, 40), new TimeOnly(15, 20)).Build();
        var was = new SessionPlace(new DateOnly(2012, 10, 16), new TimeOnly(11, 0), new TimeOnly(11, 40), session.Room);

        // Act
        var json = Write(session, was);

        // Assert
        Assert.Equal("https://schema.org/EventRescheduled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("2012-10-16T11:00-07:00", json.GetProperty("previousStartDate").GetString());
    }

    [Fact]
    public void AHostileTitleCannotCloseTheScriptElement()
    {
        // Arrange
        var session = new SessionBuilder().Titled("</script><script>alert(1)</script>").Build();

        // Act
        var raw = EventJsonLd.Write(session, Event, Clock, Site, new Uri(Site, "sessions/x"), "<!-- & -->", null);

        // Assert
        Assert.DoesNotContain("<", raw);
        Assert.DoesNotContain(">", raw);
        Assert.Equal("</script><script>alert(1)</script>", JsonDocument.Parse(raw).RootElement.GetProperty("name").GetString());
    }
}
