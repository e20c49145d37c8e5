namespace Summit.Core.Import;

/// <summary>Something in a file an import left out, where it is (a JSON path, "line 12", an XML element's line) and why.</summary>
public sealed record ImportIssue(string Where, string Message);
