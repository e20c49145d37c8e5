using System.Globalization;
using System.Text.Json;

namespace Summit.Core.Import.Reading;

/// <summary>
/// Lenient reading of a JSON object's values, as real schedule.json files need: property names in any case, numbers
/// where text is expected ("id": 12 or "duration": 40), null or a missing property as nothing.
/// </summary>
internal static class JsonValues
{
    /// <summary>The property of that name (exactly, else in any case), or null when absent or null.</summary>
    public static JsonElement? Property(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!obj.TryGetProperty(name, out var value))
        {
            var match = obj.EnumerateObject().FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (match.Value.ValueKind == JsonValueKind.Undefined)
            {
                return null;
            }

            value = match.Value;
        }

        return value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : value;
    }

    /// <summary>The property as text: a string as is, a number or boolean as written; null for anything else.</summary>
    public static string? Text(JsonElement obj, string name) => Property(obj, name) is { } value ? Text(value) : null;

    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };

    /// <summary>The property as a whole number, from a number or from text ("120").</summary>
    public static int? Integer(JsonElement obj, string name) =>
        Text(obj, name) is { } text && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && number is >= 0 and <= int.MaxValue
            ? (int)number
            : null;

    /// <summary>The property when it is an array (else null).</summary>
    public static JsonElement? Array(JsonElement obj, string name) =>
        Property(obj, name) is { ValueKind: JsonValueKind.Array } array ? array : null;

    /// <summary>"$.schedule.conference" and "title" give "$.schedule.conference.title".</summary>
    public static string Path(string parent, string name) => $"{parent}.{name}";

    /// <summary>A path to an array item: "$.days" and 1 give "$.days[1]".</summary>
    public static string Path(string parent, int index) => string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    /// <summary>A path to a property any text may name, such as a room: "rooms" and "Room A" give rooms["Room A"].</summary>
    public static string Key(string parent, string name) => $"{parent}[\"{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
}
