namespace Summit.Core.Import;

// Foundation placeholder: the helper that owns this reader replaces this file.
internal static class C3vocJsonReader
{
    public static ImportRead Read(ReadOnlyMemory<byte> content, ImportLimits limits) => throw new NotImplementedException();
}
