using System.Globalization;
using Summit.Core.Editing;
using Summit.Core.Import;
using Summit.Core.Time;

namespace Summit.Data.Import;

// The event and the structure an import brings: what a new database is created with, and the rooms, tracks, days, slots
// and people the file lists on their own.
internal sealed partial class ImportStage
{
    /// <summary>The event of a new database, from the file's settings; what the file lacks gets a stated stand-in.</summary>
    private Conference CreateEvent()
    {
        var source = _document.Event;
        var name = TextInput.Line(source?.Name ?? "").Trim();
        if (name.Length == 0 || name.Length > EventRules.MaxName)
        {
            name = "Imported schedule";
            _notes.Add($"The file names no event (or a name over {EventRules.MaxName} characters): it is called “{name}”; rename it in Event settings.");
        }

        var zone = source?.TimeZoneId?.Trim() ?? "";
        if (!EventClock.IsKnownZone(zone))
        {
            _notes.Add(zone.Length == 0
                ? "The file names no time zone: the event uses UTC; choose the venue's in Event settings."
                : $"“{zone}” is not a time zone: the event uses UTC; choose the venue's in Event settings.");
            zone = "UTC";
        }

        var conference = new Conference
        {
            Name = name,
            Subtitle = Limit(TextInput.OptionalLine(source?.Subtitle)?.Trim(), EventRules.MaxSubtitle),
            Venue = Limit(TextInput.OptionalLine(source?.Venue)?.Trim(), EventRules.MaxVenue) ?? "",
            TimeZoneId = zone,
            BannerText = Limit(TextInput.OptionalBlock(source?.BannerText), EventRules.MaxBannerText),
            BannerLinkLabel = Limit(TextInput.OptionalLine(source?.BannerLinkLabel)?.Trim(), EventRules.MaxLinkLabel),
            BannerLinkUrl = source?.BannerLinkUrl is { } url && EventRules.IsWebAddress(url) && url.Length <= EventRules.MaxLinkUrl ? url : null,
            ImageOrigins = Limit(source?.ImageOrigins, 2000),
            PublishMode = source?.PublishMode ?? default,
            Version = Guid.NewGuid(),
        };
        if (conference.Venue.Length == 0)
        {
            _notes.Add("The file names no venue: add it in Event settings.");
        }

        _db.Conferences.Add(conference);
        return conference;
    }

    /// <summary>Rooms, tracks, days and slots, and people the file lists on their own, used by a session or not.</summary>
    private void AddDeclaredStructure()
    {
        foreach (var room in _document.Rooms)
        {
            if (StructureName(room.Name, "room") is { } name)
            {
                _catalog.Room(name, room.Slug, room.Capacity is > 0 ? room.Capacity : null);
            }
        }

        foreach (var track in _document.Tracks)
        {
            if (StructureName(track.Name, "track") is { } name)
            {
                _catalog.Track(name, track.Slug);
            }
        }

        foreach (var day in _document.Days)
        {
            _catalog.Day(day.Date);
            foreach (var slot in day.Slots)
            {
                if (slot.End > slot.Start)
                {
                    _catalog.Slot(day.Date, slot.Start, slot.End);
                }
                else
                {
                    _skipped.Add(new ImportIssue(DayLabel(day.Date), $"The slot {slot.Start:HH\\:mm}–{slot.End:HH\\:mm} skipped: it does not end after it starts."));
                }
            }
        }

        foreach (var person in _document.People)
        {
            var name = TextInput.Line(person.Name).Trim();
            if (name.Length is > 0 and <= ImportCatalog.MaxPersonName)
            {
                _catalog.Person(name, person.Slug);
            }
            else
            {
                _skipped.Add(new ImportIssue("people", $"The person “{name}” skipped: give a name of 1 to {ImportCatalog.MaxPersonName} characters."));
            }
        }
    }

    private string? StructureName(string raw, string kind)
    {
        var name = TextInput.Line(raw).Trim();
        if (name.Length is > 0 and <= ImportCatalog.MaxStructureName)
        {
            return name;
        }

        _skipped.Add(new ImportIssue($"{kind}s", $"The {kind} “{name}” skipped: give a name of 1 to {ImportCatalog.MaxStructureName} characters."));
        return null;
    }
}
