namespace Summit.Core.Import;

/// <summary>A file read for import: the schedule it holds, or why it was refused (and then nothing is imported).</summary>
public sealed record ImportRead(ImportDocument? Document, string? Refusal)
{
    public bool IsRefused => Document is null;

    public static ImportRead Of(ImportDocument document) => new(document, null);

    public static ImportRead Refuse(string reason) => new(null, reason);
}
