using Microsoft.AspNetCore.Components;
using Summit.Web.Published;

namespace Summit.Web.Agenda;

/// <summary>
/// Where a star pressed without JavaScript lands (<c>/agenda/starred</c>): says what happened, offers an undo (a
/// POST) and leads back. Personal, so the shared pages the stars sit on stay the same for everyone.
/// </summary>
public partial class StarredPage
{
    private StarReport? _report;
    private string _slug = "";
    private string _returnAddress = "/";

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "session")]
    private string? Session { get; set; }

    // Text, not bool: a mangled address must still show the page, not fail to bind.
    [SupplyParameterFromQuery(Name = "starred")]
    private string? Starred { get; set; }

    [SupplyParameterFromQuery(Name = "return")]
    private string? Return { get; set; }

    [Inject]
    private AgendaStore Store { get; set; } = default!;

    [Inject]
    private PublicScheduleRequest Published { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        HttpContext.Response.Headers.CacheControl = "no-store";

        var cancellationToken = HttpContext.RequestAborted;
        var session = (await Published.GetSnapshotAsync())?.Schedule?.FindSession(Session ?? "");
        if (session is null)
        {
            Navigation.NotFound();
            return;
        }

        var ids = await Store.GetSessionIdsAsync(AgendaCookie.Read(HttpContext.Request), cancellationToken) ?? [];
        _slug = session.Slug;
        _returnAddress = StarReturn.Safe(Return);
        var claimed = Starred switch
        {
            "true" => true,
            "false" => (bool?)false,
            _ => null,
        };
        _report = StarReport.Of(session.Title, claimed, ids.Contains(session.Id));
    }
}
