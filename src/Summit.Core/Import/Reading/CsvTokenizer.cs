using System.Text;

namespace Summit.Core.Import.Reading;

/// <summary>One row of a CSV file: its fields and the line it starts on (a quoted field may span several lines).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Splits CSV text into rows and fields as RFC 4180 writes them and spreadsheets save them: comma, semicolon or tab
/// separated, fields in double quotes holding separators, doubled quotes and line breaks. It is lenient where
/// spreadsheets are sloppy (a quote inside an unquoted field is kept as text, spaces around fields are trimmed) and
/// refuses only a quote that never closes, since everything after it would be read wrongly.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>
    /// The separator: the one an Excel "sep=;" first line names, else the most frequent of comma, semicolon and tab
    /// on the first line, outside quotes (comma when none appears).
    /// </summary>
    public static (char Separator, bool HintLine) DetectSeparator(string text)
    {
        if (text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length > 4 && text[4] is not ('\r' or '\n')
            && (text.Length == 5 || text[5] is '\r' or '\n'))
        {
            return (text[4], true);
        }

        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return (semicolons > commas && semicolons >= tabs ? ';' : tabs > commas && tabs > semicolons ? '\t' : ',', false);
    }

    public static List<CsvRecord> Read(string text, char separator)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoteLine = 0;
        var inQuotes = false;
        var wasQuoted = false;

        void EndField()
        {
            fields.Add(wasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            wasQuoted = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else if (c == '\r' || c == '\n')
                {
                    // A line break inside a field is kept as one LF, whatever the file uses.
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    field.Append('\n');
                    line++;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && !wasQuoted && string.IsNullOrWhiteSpace(field.ToString()))
            {
                field.Clear();
                inQuotes = true;
                wasQuoted = true;
                quoteLine = line;
            }
            else if (c == separator)
            {
                EndField();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndField();
                records.Add(new CsvRecord(recordLine, fields));
                fields = [];
                line++;
                recordLine = line;
            }
            else if (!(wasQuoted && char.IsWhiteSpace(c)))
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw new ImportRefusal($"Line {quoteLine} opens a quoted field (\") that never closes, so the rest of the file cannot be read. Check the quotes on that line.");
        }

        if (field.Length > 0 || wasQuoted || fields.Count > 0)
        {
            EndField();
            records.Add(new CsvRecord(recordLine, fields));
        }

        return records;
    }
}
