using Summit.Core.Import.Reading;

namespace Summit.Core.Import;

/// <summary>
/// Reads a schedule a spreadsheet user wrote and saved as CSV: a first line naming the columns (title, day, start,
/// end or duration, room, track, leads, description, in any order and loosely spelled) and a session a row. See
/// docs/import-formats.md for the columns and the spellings accepted.
/// </summary>
internal static class CsvScheduleReader
{
    private const string Columns = "title, day, start, end (or duration), room, track, leads, description";

    public static ImportRead Read(ReadOnlyMemory<byte> content, ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            return ImportRead.Of(ReadRecords(ImportText.Decode(content.Span), limits));
        }
        catch (ImportRefusal refusal)
        {
            return ImportRead.Refuse(refusal.Message);
        }
    }

    private static ImportDocument ReadRecords(string text, ImportLimits limits)
    {
        var (separator, hintLine) = CsvTokenizer.DetectSeparator(text);
        var records = CsvTokenizer.Read(text, separator).Skip(hintLine ? 1 : 0).Where(r => !r.IsBlank).ToList();
        if (records.Count == 0)
        {
            throw new ImportRefusal($"The file has no text in it. A CSV schedule names its columns on the first line ({Columns}) and has a session on each line after it.");
        }

        var builder = new ImportDocumentBuilder(ImportFormat.Csv, limits);
        var header = records[0];
        var columns = ReadHeader(header, builder);
        if (!columns.ContainsKey(CsvField.Title))
        {
            var named = string.Join(", ", header.Fields.Where(f => f.Length > 0).Take(8).Select(f => $"\"{(f.Length > 40 ? f[..40] + "…" : f)}\""));
            throw new ImportRefusal(
                $"This is not a schedule Summit can read: as a CSV, its first line must name the columns, one of them the title ({Columns}). Its first line names {named}.");
        }

        var rows = records.Skip(1).ToList();
        if (rows.Count == 0)
        {
            throw new ImportRefusal("The CSV names its columns but has no sessions under them.");
        }

        if (rows.Count > limits.MaxSessions)
        {
            throw new ImportRefusal(ImportDocumentBuilder.TooManySessions(limits));
        }

        var dates = CsvDates.For(columns.TryGetValue(CsvField.Day, out var day) ? rows.Select(r => day < r.Fields.Count ? r.Fields[day] : "") : []);
        var mapper = new CsvRowMapper(columns, dates, builder);
        foreach (var row in rows)
        {
            if (row.Fields.Skip(header.Fields.Count).Any(f => f.Length > 0))
            {
                builder.Skip($"line {row.Line}", $"The row has {row.Fields.Count} fields where the first line names {header.Fields.Count} columns: the extra fields were left out.");
            }

            mapper.Add(row);
        }

        return builder.Build();
    }

    /// <summary>The columns Summit reads, by their position; unknown and repeated columns are reported and left out.</summary>
    private static Dictionary<CsvField, int> ReadHeader(CsvRecord header, ImportDocumentBuilder builder)
    {
        var columns = new Dictionary<CsvField, int>();
        var where = $"line {header.Line}";
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (CsvColumns.Match(name) is not { } field)
            {
                builder.Skip(where, $"The column \"{name}\" is not one Summit reads ({Columns}), so it was left out.");
            }
            else if (!columns.TryAdd(field, i))
            {
                builder.Skip(where, $"The column \"{name}\" is a second {field.ToString().ToLowerInvariant()} column, so it was left out.");
            }
        }

        return columns;
    }
}
