using Summit.Core.Editing;

namespace Summit.Core.LeadOffers;

/// <summary>What an attendee types into the offer form, before it is checked.</summary>
public sealed record LeadOfferInput(string Name, string Email, string Note)
{
    /// <summary>
    /// Without control characters (<see cref="TextInput"/>): name and address on one line and trimmed, the note keeping
    /// its line breaks.
    /// </summary>
    public LeadOfferInput Normalized() => new(
        TextInput.Line(Name ?? "").Trim(),
        TextInput.Line(Email ?? "").Trim(),
        TextInput.Block(Note ?? "").Trim());
}
