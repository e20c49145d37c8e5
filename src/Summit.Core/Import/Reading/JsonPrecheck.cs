using System.Text.Json;

namespace Summit.Core.Import.Reading;

/// <summary>
/// Reads a JSON file once, token by token, before it is parsed: a file nested deeper than the limit, cut off, or not
/// JSON at all is refused with where it goes wrong, without building anything from it.
/// </summary>
internal static class JsonPrecheck
{
    public static void Check(ReadOnlySpan<byte> json, int maxDepth)
    {
        // Not the final block: a file that stops mid-way ends the loop instead of throwing, so it can be told apart.
        var reader = new Utf8JsonReader(json, isFinalBlock: false, new JsonReaderState(new JsonReaderOptions
        {
            MaxDepth = maxDepth + 1,
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        }));
        var complete = false;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && reader.CurrentDepth >= maxDepth)
                {
                    throw new ImportRefusal(
                        $"The file nests more than {maxDepth} levels deep (line {LineOf(json, reader.TokenStartIndex)}); a schedule needs fewer than 10, so Summit does not read it.");
                }

                complete = reader.CurrentDepth == 0 && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;
            }
        }
        catch (JsonException ex)
        {
            throw new ImportRefusal(NotJson(ex));
        }

        if (!complete)
        {
            throw new ImportRefusal("The file ends before its JSON does: it looks cut off. Download or save it again and import the whole file.");
        }
    }

    /// <summary>What a user reads when a file is not valid JSON.</summary>
    public static string NotJson(JsonException ex) =>
        ex.LineNumber is { } line
            ? $"The file is not valid JSON: there is an error at line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}. Download or save it again, or check it in a JSON validator."
            : "The file is not valid JSON. Download or save it again, or check it in a JSON validator.";

    private static long LineOf(ReadOnlySpan<byte> json, long index) => json[..(int)Math.Min(index, json.Length)].Count((byte)'\n') + 1;
}
