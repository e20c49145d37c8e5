namespace Summit.Core.Releases;

/// <summary>Compares one session's states in two releases, field by field that attendees read.</summary>
internal static class SessionComparison
{
    public static SessionChange Added(ScheduledSession now)
    {
        var kinds = SessionChangeKind.New;
        if (now.Status == SessionStatus.Cancelled)
        {
            kinds |= SessionChangeKind.Cancelled;
        }

        return new SessionChange(now.Uid, now.Slug, now.Title, kinds, null, SessionPlace.Of(now), false, null, [], [], null);
    }

    public static SessionChange Removed(ScheduledSession was, NamedRef? mergedInto) =>
        new(was.Uid, was.Slug, was.Title, SessionChangeKind.Removed, SessionPlace.Of(was), null, false, null, [], [], mergedInto);

    /// <summary>The change from one state to the other, or null when attendees would see nothing different.</summary>
    public static SessionChange? Between(ScheduledSession was, ScheduledSession now, RoomIdentity rooms)
    {
        var kinds = SessionChangeKind.None;
        var wasCancelled = was.Status == SessionStatus.Cancelled;
        var isCancelled = now.Status == SessionStatus.Cancelled;
        if (!wasCancelled && isCancelled)
        {
            kinds |= SessionChangeKind.Cancelled;
        }
        else if (wasCancelled && !isCancelled)
        {
            kinds |= SessionChangeKind.Reinstated;
        }

        var roomChanged = !rooms.Same(was.Room, now.Room);
        if (roomChanged || was.Day != now.Day || was.Start != now.Start || was.End != now.End)
        {
            kinds |= SessionChangeKind.Moved;
        }

        var retitled = !string.Equals(was.Title, now.Title, StringComparison.Ordinal);
        if (retitled)
        {
            kinds |= SessionChangeKind.Retitled;
        }

        if (!SameText(was.Description, now.Description))
        {
            kinds |= SessionChangeKind.DescriptionChanged;
        }

        var leads = LeadComparison.Between(was.Leads, now.Leads);
        if (leads.Count > 0)
        {
            kinds |= SessionChangeKind.LeadsChanged;
        }

        var subjects = SubjectComparison.Between(was.Subjects, now.Subjects);
        if (subjects.Count > 0)
        {
            kinds |= SessionChangeKind.SubjectsChanged;
        }

        if (kinds == SessionChangeKind.None)
        {
            return null;
        }

        return new SessionChange(
            now.Uid, now.Slug, now.Title, kinds, SessionPlace.Of(was), SessionPlace.Of(now), roomChanged,
            retitled ? was.Title : null, leads, subjects, null);
    }

    /// <summary>Line endings and surrounding blanks are how an editor saved the text, not a change anyone reads.</summary>
    internal static bool SameText(string was, string now) =>
        string.Equals(was, now, StringComparison.Ordinal)
        || string.Equals(Normalized(was), Normalized(now), StringComparison.Ordinal);

    private static string Normalized(string text) => text.ReplaceLineEndings("\n").Trim();
}
