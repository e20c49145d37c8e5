using Summit.Core.Filtering;

namespace Summit.Core.Schedule;

/// <summary>
/// The one order for names and titles shown in lists (rooms, tracks, people, sessions), the same whatever database
/// holds them: SQLite compares bytes and PostgreSQL its locale's collation, so the database never sorts names. Case and
/// accents are ignored first ("anna", "Ángel", "Bo"), then the names are told apart by their UTF-16 code units, so
/// the order is total and the same on every machine.
/// </summary>
public sealed class NameOrder : IComparer<string>
{
    public static NameOrder Instance { get; } = new();

    private NameOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        using var folder = new TextFolder();
        var foldedX = folder.Fold(x).ToString();
        var folded = string.CompareOrdinal(foldedX, folder.Fold(y).ToString());
        return folded != 0 ? folded : string.CompareOrdinal(x, y);
    }
}
