using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;
using Summit.Core.Import;
using Summit.Data.Import;
using Summit.Organizer.Layout;

namespace Summit.Organizer.Import;

/// <summary>
/// Upload, preview, confirm: a file is read and planned without changing anything; only Import applies it, and only as
/// previewed (<see cref="ImportDesk.ConfirmAsync"/>). The document read stays in the circuit between the two steps.
/// </summary>
public partial class ImportPage
{
    private string? _fileName;
    private string? _refusal;
    private string? _message;
    private Severity _messageSeverity = Severity.Info;
    private ImportDocument? _document;
    private ImportPlan? _plan;
    private bool _applied;
    private bool _busy;

    [Inject]
    private ImportDesk Desk { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    private string MaxSize => (Desk.MaxFileBytes / 1024 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture);

    private async Task FileChosenAsync(InputFileChangeEventArgs e)
    {
        Clear();
        var file = e.File;
        _fileName = file.Name;
        if (file.Size > Desk.MaxFileBytes)
        {
            // Refused before a byte crosses the circuit: a huge file never fills the server's memory.
            _refusal = ImportText.TooLarge(file.Name, file.Size, Desk.MaxFileBytes);
            return;
        }

        _busy = true;
        try
        {
            using var buffer = new MemoryStream(checked((int)file.Size));
            await using (var stream = file.OpenReadStream(Desk.MaxFileBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            var read = Desk.Read(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), file.Name);
            if (read.Document is null)
            {
                _refusal = read.Refusal;
                return;
            }

            _plan = await Desk.PlanAsync(read.Document, CancellationToken.None);
            _document = read.Document;
        }
        catch (IOException)
        {
            _refusal = ImportText.Unreadable;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ConfirmAsync()
    {
        if (_document is null || _plan is null)
        {
            return;
        }

        _busy = true;
        ImportConfirmation outcome;
        try
        {
            var user = await CurrentOrganizer.NameAsync(AuthenticationState);
            outcome = await Desk.ConfirmAsync(_document, _plan, user, CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }

        _plan = outcome.Plan;
        _message = outcome.Message;
        _messageSeverity = outcome.Kind switch
        {
            ImportConfirmationKind.Applied => Severity.Success,
            ImportConfirmationKind.Changed => Severity.Warning,
            _ => Severity.Error,
        };
        if (outcome.Kind == ImportConfirmationKind.Applied)
        {
            _applied = true;
            _document = null;
        }
    }

    private void Cancel()
    {
        Clear();
        _message = ImportText.Cancelled;
        _messageSeverity = Severity.Info;
    }

    private void Clear()
    {
        _fileName = null;
        _refusal = null;
        _message = null;
        _document = null;
        _plan = null;
        _applied = false;
    }
}
