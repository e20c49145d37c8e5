namespace Summit.Web.Agenda;

/// <summary>
/// What a star pressed without JavaScript did, told from the agenda as it is now: an address saying "added" that is
/// opened again after the session was removed says so rather than repeating a stale claim.
/// </summary>
public sealed record StarReport(string Title, bool Starred, bool JustChanged)
{
    /// <param name="title">The session's title.</param>
    /// <param name="claimedStarred">What the address says the star did, if anything.</param>
    /// <param name="holds">Whether the agenda holds the session now.</param>
    public static StarReport Of(string title, bool? claimedStarred, bool holds) => new(title, holds, claimedStarred == holds);

    public string Message => (JustChanged, Starred) switch
    {
        (true, true) => $"Added “{Title}” to your agenda.",
        (true, false) => $"Removed “{Title}” from your agenda.",
        (false, true) => $"“{Title}” is in your agenda.",
        _ => $"“{Title}” is not in your agenda.",
    };

    /// <summary>The button that turns the star the other way.</summary>
    public string ButtonLabel => JustChanged ? "Undo" : Starred ? "Remove from my agenda" : "Add to my agenda";
}
