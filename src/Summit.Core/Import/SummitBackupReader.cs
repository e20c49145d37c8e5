namespace Summit.Core.Import;

// Foundation placeholder: the helper that owns this reader replaces this file.
internal static class SummitBackupReader
{
    public static ImportRead Read(ReadOnlyMemory<byte> content, ImportLimits limits) => throw new NotImplementedException();

    /// <summary>Whether a JSON text is a Summit backup (its first property names the format) rather than a c3voc schedule.</summary>
    public static bool LooksLikeBackup(ReadOnlySpan<byte> json) => throw new NotImplementedException();
}
