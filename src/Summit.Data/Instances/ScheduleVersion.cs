using System.Security.Cryptography;

namespace Summit.Data.Instances;

/// <summary>
/// The one row that says which version of the schedule is stored. Every save that changes the schedule gives it a new
/// stamp in the same transaction (<see cref="ChangeStamps"/>), so an instance that serves a snapshot built from another
/// stamp knows it is behind, whichever instance saved and whether or not a notification reached it.
/// </summary>
public sealed class ScheduleVersion
{
    /// <summary>The key of the one row, written by the migration that creates the table.</summary>
    public const int RowId = 1;

    public int Id { get; set; }

    /// <summary>
    /// A random value, not a counter: a save sets it without reading it first, so it adds no read to any save and two
    /// saves on two instances cannot write the same value. Only equality means anything.
    /// </summary>
    public long Stamp { get; set; }

    /// <summary>A stamp no save has written.</summary>
    internal static long NewStamp()
    {
        Span<byte> bytes = stackalloc byte[sizeof(long)];
        RandomNumberGenerator.Fill(bytes);
        return BitConverter.ToInt64(bytes) & long.MaxValue;
    }
}
