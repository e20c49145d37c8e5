namespace Summit.Core.Import;

/// <summary>Reads a file to import, whatever its format: it tells the format from the content, not from the name alone.</summary>
public static class ScheduleFileReader
{
    /// <summary>Reads <paramref name="content"/>; <paramref name="fileName"/> only breaks ties (a CSV has no marker of its own).</summary>
    public static ImportRead Read(ReadOnlyMemory<byte> content, string? fileName, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (content.Length == 0)
        {
            return ImportRead.Refuse("The file is empty.");
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return ImportRead.Refuse($"The file is {content.Length / 1024 / 1024.0:0.#} MB; an import takes at most {limits.MaxFileBytes / 1024 / 1024.0:0.#} MB.");
        }

        return Detect(content.Span, fileName) switch
        {
            ImportFormat.ScheduleJson => C3vocJsonReader.Read(content, limits),
            ImportFormat.SummitBackup => SummitBackupReader.Read(content, limits),
            ImportFormat.ScheduleXml => FrabXmlReader.Read(content, limits),
            ImportFormat.Csv => CsvScheduleReader.Read(content, limits),
            _ => ImportRead.Refuse("This is not a schedule Summit can read: it takes a schedule.json, a schedule.xml, a CSV or a Summit backup."),
        };
    }

    /// <summary>The format of a file from its first non-blank characters (and, for JSON, its top-level property).</summary>
    public static ImportFormat? Detect(ReadOnlySpan<byte> content, string? fileName)
    {
        // Skip a UTF-8 byte order mark and leading white space.
        if (content.StartsWith("\uFEFF"u8))
        {
            content = content[3..];
        }

        var start = content.TrimStart(" \t\r\n"u8);
        if (start.IsEmpty)
        {
            return null;
        }

        if (start[0] == (byte)'{')
        {
            return SummitBackupReader.LooksLikeBackup(start) ? ImportFormat.SummitBackup : ImportFormat.ScheduleJson;
        }

        if (start[0] == (byte)'<')
        {
            return ImportFormat.ScheduleXml;
        }

        // Anything else may be a CSV; its reader refuses text without the columns it needs.
        return fileName is null || !fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            ? ImportFormat.Csv
            : null;
    }
}
