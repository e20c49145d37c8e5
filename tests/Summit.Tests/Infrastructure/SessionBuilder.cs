namespace Summit.Tests.Infrastructure;

/// <summary>Builds a <see cref="ScheduledSession"/> with sensible defaults so a test states only what matters.</summary>
public sealed class SessionBuilder
{
    private static int _nextId = 1000;

    private ScheduledSession _session = new(
        Interlocked.Increment(ref _nextId),
        Guid.NewGuid(),
        "a-session",
        "A session",
        "",
        new DateOnly(2012, 10, 15),
        new TimeOnly(9, 50),
        new TimeOnly(10, 30),
        new NamedRef("windsor-bc", "Windsor BC"),
        0,
        new NamedRef("quantum", "Quantum"),
        SessionKind.Regular,
        SessionStatus.Confirmed,
        false,
        false,
        0,
        new DateTime(2012, 10, 12, 0, 0, 0, DateTimeKind.Utc),
        [],
        []);

    public SessionBuilder Titled(string title, string? slug = null)
    {
        _session = _session with { Title = title, Slug = slug ?? title.ToLowerInvariant().Replace(' ', '-') };
        return this;
    }

    public SessionBuilder WithDescription(string markdown)
    {
        _session = _session with { Description = markdown };
        return this;
    }

    public SessionBuilder At(DateOnly day, TimeOnly start, TimeOnly end)
    {
        _session = _session with { Day = day, Start = start, End = end };
        return this;
    }

    public SessionBuilder InRoom(string slug, string name, int order = 0)
    {
        _session = _session with { Room = new NamedRef(slug, name), RoomOrder = order };
        return this;
    }

    public SessionBuilder OfKind(SessionKind kind)
    {
        _session = _session with { Kind = kind };
        return this;
    }

    public SessionBuilder WithStatus(SessionStatus status)
    {
        _session = _session with { Status = status };
        return this;
    }

    public SessionBuilder WantingALead()
    {
        _session = _session with { LeadWanted = true };
        return this;
    }

    public SessionBuilder LedBy(string name, bool tentative = false)
    {
        _session = _session with { Leads = [.. _session.Leads, new LeadInfo(name.ToLowerInvariant(), name, tentative)] };
        return this;
    }

    public SessionBuilder WithSubject(string title, string markdown)
    {
        _session = _session with { Subjects = [.. _session.Subjects, new SubjectInfo(title, markdown)] };
        return this;
    }

    public ScheduledSession Build() => _session;
}
