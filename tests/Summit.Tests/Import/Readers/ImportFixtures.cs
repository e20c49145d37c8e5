namespace Summit.Tests.Import.Readers;

/// <summary>The files in Import/Fixtures, copied next to the tests.</summary>
internal static class ImportFixtures
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Import", "Fixtures", name));
}
