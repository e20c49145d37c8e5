namespace Summit.Core.Agenda;

/// <summary>
/// An attendee's starred sessions, reached only through a secret token. The token itself is never stored,
/// only its SHA-256 hash, so a copy of the database opens no one's agenda.
/// </summary>
public class PersonalAgenda
{
    public int Id { get; set; }

    public required byte[] TokenHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>
    /// The release the owner last looked at their agenda in: sessions changed by later releases are marked until seen.
    /// Null until the first look.
    /// </summary>
    public int? SeenRelease { get; set; }

    public List<AgendaItem> Items { get; set; } = [];
}
