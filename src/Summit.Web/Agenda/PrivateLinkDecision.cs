namespace Summit.Web.Agenda;

/// <summary>What opening an agenda's private link does on a browser.</summary>
public enum PrivateLinkAction
{
    /// <summary>The browser already holds this agenda: show it.</summary>
    ShowAgenda,

    /// <summary>Nothing would be lost and the person opened the link themselves: use the agenda here at once.</summary>
    Adopt,

    /// <summary>Nothing would be lost, but another site sent the browser here: ask before using the agenda.</summary>
    ConfirmOpen,

    /// <summary>The browser holds another agenda with sessions in it: show both and let the person choose.</summary>
    Choose,
}

/// <summary>
/// Decides what the private link does, so that a GET never replaces an agenda that holds sessions, and a link on
/// another site cannot quietly give a browser an agenda whose owner would then see everything starred into it.
/// </summary>
public static class PrivateLinkDecision
{
    public static PrivateLinkAction Decide(bool holdsThisAgenda, int sessionsHeld, bool fromAnotherSite)
    {
        if (holdsThisAgenda)
        {
            return PrivateLinkAction.ShowAgenda;
        }

        if (sessionsHeld > 0)
        {
            return PrivateLinkAction.Choose;
        }

        return fromAnotherSite ? PrivateLinkAction.ConfirmOpen : PrivateLinkAction.Adopt;
    }
}
