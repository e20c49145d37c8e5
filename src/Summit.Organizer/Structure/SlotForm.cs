namespace Summit.Organizer.Structure;

/// <summary>A time slot form's values as the <c>type=time</c> fields hold them, mutable for binding.</summary>
public sealed class SlotForm
{
    public int DayId { get; set; }

    public string Start { get; set; } = "";

    public string End { get; set; } = "";

    public SlotDraft ToDraft() => new(DayId, FieldValues.ParseTime(Start), FieldValues.ParseTime(End));
}
