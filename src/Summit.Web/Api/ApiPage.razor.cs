using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Summit.Web.Published;

namespace Summit.Web.Api;

/// <summary>The API's page (<c>/api</c>): its addresses, the session filters and one session as the API gives it.</summary>
public partial class ApiPage
{
    private const string Prefix = ApiEndpoints.Prefix;

    private static readonly IReadOnlyList<(string Path, string Example, string What)> Endpoints =
    [
        ($"{Prefix}/event", $"{Prefix}/event", "The event: name, venue, time zone, first and last day, the release served."),
        ($"{Prefix}/days", $"{Prefix}/days", "The days, each with its sessions' count, span and address."),
        ($"{Prefix}/rooms", $"{Prefix}/rooms", "The rooms: slug (the room filter's value), name, session count."),
        ($"{Prefix}/tracks", $"{Prefix}/tracks", "The tracks, likewise."),
        ($"{Prefix}/leads", $"{Prefix}/leads", "Everyone leading a session, likewise."),
        ($"{Prefix}/sessions", $"{Prefix}/sessions", "The sessions in schedule order, filtered by the parameters below."),
        ($"{Prefix}/sessions/{{slug}}", $"{Prefix}/sessions", "One session, its descriptions also as sanitized HTML. A former slug redirects; a removed session is 410."),
        (ApiExtensions.DocumentPath, ApiExtensions.DocumentPath, "The OpenAPI 3.1 document describing all of the above."),
    ];

    private static readonly IReadOnlyList<(string Name, string Values)> Parameters =
    [
        ("room", "A room's slug (windsor-bc). A room's former slug still works."),
        ("day", "A date, yyyy-MM-dd, of an event day."),
        ("track", "A track's slug (keystone)."),
        ("lead", "A lead's slug (garyk), tentative leads included."),
        ("kind", "regular, split or half."),
        ("status", "confirmed, tentative or cancelled."),
        ("leadwanted", "true: only sessions looking for someone to lead them."),
        ("q", "Words, each matching the start of a word of the session's title, description, subjects or leads."),
    ];

    private string? _eventName;
    private string? _example;
    private string? _exampleHref;

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    [Inject]
    private IOptions<JsonOptions> Json { get; set; } = default!;

    private string Title => _eventName is null ? "API · Summit" : $"API · {_eventName}";

    protected override async Task OnInitializedAsync()
    {
        if (await Published.GetSnapshotAsync() is not { } snapshot)
        {
            return;
        }

        _eventName = snapshot.Schedule.Event.Name;
        // A session with subjects shows the most fields filled in; any session otherwise.
        var sample = snapshot.Schedule.Sessions.FirstOrDefault(s => s.Subjects.Count > 0) ?? snapshot.Schedule.Sessions.FirstOrDefault();
        if (sample is null)
        {
            return;
        }

        _exampleHref = $"{Prefix}/sessions/{Uri.EscapeDataString(sample.Slug)}";
        var indented = new JsonSerializerOptions(Json.Value.SerializerOptions) { WriteIndented = true };
        _example = JsonSerializer.Serialize(ApiShapes.Session(sample, snapshot.Clock, Published.SiteBase, withHtml: true), indented);
    }
}
