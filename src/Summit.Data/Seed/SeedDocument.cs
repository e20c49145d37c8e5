namespace Summit.Data.Seed;

/// <summary>The wire shape of a schedule data file (see windsor-bc-grizzly-2012.json).</summary>
internal sealed record SeedDocument(
    SeedEvent Event,
    IReadOnlyList<SeedNamed> Rooms,
    IReadOnlyList<SeedNamed> Tracks,
    IReadOnlyList<SeedNamed> People,
    IReadOnlyList<SeedDay> Days,
    IReadOnlyList<SeedSession> Sessions);

internal sealed record SeedEvent(
    string Name,
    string? Subtitle,
    string Venue,
    string TimeZone,
    string? BannerText,
    string? BannerLinkLabel,
    string? BannerLinkUrl,
    DateTime PublishedUtc);

internal sealed record SeedNamed(string Slug, string Name);

internal sealed record SeedDay(DateOnly Date, IReadOnlyList<SeedSlot> Slots);

internal sealed record SeedSlot(string Start, string End);

internal sealed record SeedSession(
    string Slug,
    string Title,
    DateOnly Day,
    string Start,
    string Room,
    string? Track,
    SessionKind Kind,
    SessionStatus Status,
    bool LeadWanted,
    bool OnDemand,
    IReadOnlyList<SeedLead> Leads,
    string Description,
    IReadOnlyList<SeedSubject> Subjects);

internal sealed record SeedLead(string Person, bool Tentative);

internal sealed record SeedSubject(string Title, string Description);
