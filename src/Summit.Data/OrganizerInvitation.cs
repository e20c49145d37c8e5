namespace Summit.Data;

/// <summary>
/// A one-time link that lets someone create an organizer account: the first-run setup link written to the log,
/// or an invitation an organizer made. Only the hash of its code is stored.
/// </summary>
public class OrganizerInvitation
{
    public int Id { get; set; }

    public required byte[] CodeHash { get; set; }

    /// <summary>The address the invitation was made for; null for the first-run setup link.</summary>
    public string? Email { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? UsedUtc { get; set; }

    public string? CreatedBy { get; set; }
}
