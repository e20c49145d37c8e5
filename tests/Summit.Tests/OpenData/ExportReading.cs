using System.Text.Json;
using System.Xml.Linq;

namespace Summit.Tests.OpenData;

/// <summary>Reads exports back the way an app would: every event of schedule.json, every event element of schedule.xml.</summary>
internal static class ExportReading
{
    public static JsonElement Conference(JsonDocument json) => json.RootElement.GetProperty("schedule").GetProperty("conference");

    public static List<JsonElement> Events(JsonDocument json) =>
        [.. Conference(json).GetProperty("days").EnumerateArray()
            .SelectMany(d => d.GetProperty("rooms").EnumerateObject())
            .SelectMany(r => r.Value.EnumerateArray())];

    public static JsonElement Event(JsonDocument json, string slug) =>
        Assert.Single(Events(json), e => e.GetProperty("slug").GetString()!.EndsWith("-" + slug, StringComparison.Ordinal));

    public static List<XElement> Events(XDocument xml) => [.. xml.Root!.Elements("day").Elements("room").Elements("event")];

    public static XElement Event(XDocument xml, Guid guid) =>
        Assert.Single(Events(xml), e => (string?)e.Attribute("guid") == guid.ToString("D"));

    public static XDocument Xml(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return XDocument.Load(stream);
    }
}
