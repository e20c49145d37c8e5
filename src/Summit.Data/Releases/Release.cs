namespace Summit.Data.Releases;

/// <summary>
/// One release of the schedule as stored: its public description, and an immutable copy of everything public at that
/// moment. The copy is either whole or the difference from an earlier release (<see cref="BaseVersion"/>), so a busy
/// day of saves released at once adds little to the database; a whole copy every few releases keeps any one quick to read.
/// </summary>
public class Release
{
    /// <summary>The release number, 1, 2, 3…: the key, so two organizers releasing at once cannot both take one number.</summary>
    public int Version { get; set; }

    public string? Name { get; set; }

    public required string Comment { get; set; }

    public DateTime ReleasedUtc { get; set; }

    public required string ReleasedBy { get; set; }

    /// <summary>A hash of the released schedule: equal hashes, equal schedules (what a save released at once compares).</summary>
    public required string ContentHash { get; set; }

    /// <summary>The release <see cref="Content"/> is the difference from, or null when it holds the whole schedule.</summary>
    public int? BaseVersion { get; set; }

    /// <summary>The schedule, or its difference from <see cref="BaseVersion"/>: Brotli-compressed JSON.</summary>
    public required byte[] Content { get; set; }

    /// <summary>The changes from the previous release, computed when this one was made: Brotli-compressed JSON.</summary>
    public required byte[] Changes { get; set; }

    public int SessionCount { get; set; }

    public int ChangeCount { get; set; }
}
