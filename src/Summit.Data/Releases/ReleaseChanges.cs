using Summit.Core.Releases;

namespace Summit.Data.Releases;

/// <summary>How a release's changelog is stored: computed once, when the release is made, and never again.</summary>
internal static class ReleaseChanges
{
    public static byte[] Write(IReadOnlyList<SessionChange> changes) => ReleaseContent.CompressJson(changes);

    public static IReadOnlyList<SessionChange> Read(byte[] stored) => ReleaseContent.DecompressJson<List<SessionChange>>(stored);
}
