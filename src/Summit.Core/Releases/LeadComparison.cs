namespace Summit.Core.Releases;

/// <summary>Lead changes between two releases of one session, matched by person slug; a new lead order alone is no change.</summary>
internal static class LeadComparison
{
    public static IReadOnlyList<LeadChange> Between(IReadOnlyList<LeadInfo> was, IReadOnlyList<LeadInfo> now)
    {
        if (was.Count == 0 && now.Count == 0)
        {
            return [];
        }

        var changes = new List<LeadChange>();
        foreach (var lead in now)
        {
            var before = Find(was, lead.Slug);
            if (before is null)
            {
                changes.Add(new LeadChange(lead.Slug, lead.Name, LeadChangeKind.Added));
            }
            else if (!before.IsTentative && lead.IsTentative)
            {
                changes.Add(new LeadChange(lead.Slug, lead.Name, LeadChangeKind.BecameTentative));
            }
            else if (before.IsTentative && !lead.IsTentative)
            {
                changes.Add(new LeadChange(lead.Slug, lead.Name, LeadChangeKind.BecameConfirmed));
            }
        }

        foreach (var lead in was)
        {
            if (Find(now, lead.Slug) is null)
            {
                changes.Add(new LeadChange(lead.Slug, lead.Name, LeadChangeKind.Removed));
            }
        }

        return changes;
    }

    // A session has a handful of leads at most: a scan is cheaper than a dictionary.
    private static LeadInfo? Find(IReadOnlyList<LeadInfo> leads, string slug)
    {
        foreach (var lead in leads)
        {
            if (string.Equals(lead.Slug, slug, StringComparison.OrdinalIgnoreCase))
            {
                return lead;
            }
        }

        return null;
    }
}
