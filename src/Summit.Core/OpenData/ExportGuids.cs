namespace Summit.Core.OpenData;

/// <summary>
/// GUIDs for what Summit identifies by slug only, name-based (<see cref="StableGuid"/>): the same slug gives the same
/// GUID on every server, after every restart and every re-import.
/// </summary>
public static class ExportGuids
{
    public static Guid Room(string slug) => StableGuid.From("c3voc/room/" + slug);

    public static Guid Person(string slug) => StableGuid.From("c3voc/person/" + slug);
}
