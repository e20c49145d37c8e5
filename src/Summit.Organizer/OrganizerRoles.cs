namespace Summit.Organizer;

public static class OrganizerRoles
{
    public const string Organizer = "Organizer";

    /// <summary>The authorization policy every page and endpoint under /organizer requires.</summary>
    public const string Policy = "Organizer";
}
