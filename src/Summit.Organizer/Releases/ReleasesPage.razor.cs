using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using Summit.Core.Releases;
using Summit.Organizer.Layout;

namespace Summit.Organizer.Releases;

/// <summary>Shows what releasing would change and the releases made; hands Release to <see cref="ReleaseDesk"/> and shows its answer.</summary>
public partial class ReleasesPage
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    private ReleasesView? _view;
    private bool _notFound;
    private string? _name;
    private string? _comment;
    private IReadOnlyDictionary<string, string[]> _errors = NoErrors;
    private string? _message;
    private Severity _severity;
    private bool _releasing;

    [Inject]
    private ReleaseDesk Desk { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _view = await Desk.LoadAsync(CancellationToken.None);
        _notFound = _view is null;
    }

    private async Task ReleaseAsync()
    {
        if (_releasing || _view is null)
        {
            return;
        }

        _releasing = true;
        ReleaseAttempt attempt;
        try
        {
            var user = await CurrentOrganizer.NameAsync(AuthenticationState);
            attempt = await Desk.ReleaseAsync(_view.ExpectedLatest, new ReleaseDraft(_name, _comment), user, CancellationToken.None);
        }
        finally
        {
            _releasing = false;
        }

        _errors = attempt.Errors;
        _message = attempt.Message;
        _severity = attempt.Kind switch
        {
            ReleaseAttemptKind.Released => Severity.Success,
            ReleaseAttemptKind.NothingToRelease or ReleaseAttemptKind.NotReleasedByHand => Severity.Info,
            ReleaseAttemptKind.Overtaken => Severity.Warning,
            _ => Severity.Error,
        };
        _view = attempt.View ?? _view;
        if (attempt.Kind == ReleaseAttemptKind.Released)
        {
            // The next release is another: its name and comment start empty. Any other outcome keeps what was typed.
            _name = null;
            _comment = null;
        }
    }
}
