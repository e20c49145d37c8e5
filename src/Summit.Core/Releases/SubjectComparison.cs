namespace Summit.Core.Releases;

/// <summary>
/// Subject changes between two releases of one session. Subjects have no identity, so each older subject is paired
/// with an unpaired newer one of the same title; a new order alone is no change.
/// </summary>
internal static class SubjectComparison
{
    public static IReadOnlyList<SubjectChange> Between(IReadOnlyList<SubjectInfo> was, IReadOnlyList<SubjectInfo> now)
    {
        if (was.Count == 0 && now.Count == 0)
        {
            return [];
        }

        var pairedWith = new int[now.Count];
        Array.Fill(pairedWith, -1);
        var wasPaired = new bool[was.Count];
        for (var i = 0; i < was.Count; i++)
        {
            for (var j = 0; j < now.Count; j++)
            {
                if (pairedWith[j] < 0 && string.Equals(was[i].Title, now[j].Title, StringComparison.Ordinal))
                {
                    pairedWith[j] = i;
                    wasPaired[i] = true;
                    break;
                }
            }
        }

        var changes = new List<SubjectChange>();
        for (var j = 0; j < now.Count; j++)
        {
            if (pairedWith[j] < 0)
            {
                changes.Add(new SubjectChange(now[j].Title, SubjectChangeKind.Added));
            }
            else if (!SessionComparison.SameText(was[pairedWith[j]].Description, now[j].Description))
            {
                changes.Add(new SubjectChange(now[j].Title, SubjectChangeKind.Updated));
            }
        }

        for (var i = 0; i < was.Count; i++)
        {
            if (!wasPaired[i])
            {
                changes.Add(new SubjectChange(was[i].Title, SubjectChangeKind.Removed));
            }
        }

        return changes;
    }
}
