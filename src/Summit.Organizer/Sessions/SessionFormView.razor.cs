using Microsoft.AspNetCore.Components;
using Summit.Core.Editing;
using Summit.Organizer.Forms;

namespace Summit.Organizer.Sessions;

public sealed partial class SessionFormView
{
    [Parameter, EditorRequired]
    public SessionForm Form { get; set; } = default!;

    [Parameter, EditorRequired]
    public EditOptions Options { get; set; } = default!;

    [Parameter]
    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();

    [Parameter]
    public EditConflict? Conflict { get; set; }

    /// <summary>The database did not take the last save (busy, disk full): said above Save, which stays enabled.</summary>
    [Parameter]
    public string? Failure { get; set; }

    [Parameter]
    public IReadOnlyList<ScheduleWarning> Warnings { get; set; } = [];

    [Parameter]
    public bool Saving { get; set; }

    [Parameter]
    public EventCallback OnSave { get; set; }

    [Parameter]
    public EventCallback OnReapply { get; set; }

    [Parameter]
    public EventCallback OnDiscard { get; set; }

    [Parameter]
    public EventCallback<int> OnSplitOut { get; set; }

    private bool _slugEdited;

    [CascadingParameter]
    private UnsavedEdits? Edits { get; set; }

    protected override void OnAfterRender(bool firstRender) => Edits?.Check();

    protected override void OnParametersSet() => _slugEdited |= Form.Id is not null;

    private void TitleChanged(string title)
    {
        // A new session's address follows its title until the organizer edits it.
        if (!_slugEdited && Form.Slug == SessionRules.SlugFrom(Form.Title) || Form.Slug.Length == 0)
        {
            Form.Slug = SessionRules.SlugFrom(title);
        }

        Form.Title = title;
    }

    /// <summary>
    /// Unscheduled takes the slot with it (a room and a slot go together); a room chosen for an unscheduled session
    /// starts at its first free slot, so the two stay a pair.
    /// </summary>
    private void RoomChanged(int? roomId)
    {
        Form.RoomId = roomId;
        if (roomId is not { } room)
        {
            Form.TimeSlotId = null;
        }
        else if (Form.TimeSlotId is null)
        {
            Form.TimeSlotId = Options.Slots.FirstOrDefault(s => Options.IsFree(room, s.Id))?.Id;
        }
    }

    private bool Has(string field) => Errors.ContainsKey(field);

    private string? ErrorOf(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
