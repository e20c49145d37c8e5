using System.Text.Json.Serialization;
using Summit.Core.Editing;

namespace Summit.Organizer.Sessions;

/// <summary>The edit form's model: mutable for binding, turned into a <see cref="SessionDraft"/> to save.</summary>
public sealed class SessionForm
{
    public int? Id { get; set; }

    public Guid Version { get; set; }

    public int Revision { get; set; }

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string Description { get; set; } = "";

    public int? TrackId { get; set; }

    public SessionKind Kind { get; set; }

    public SessionStatus Status { get; set; }

    /// <summary>Null with <see cref="TimeSlotId"/>: unscheduled.</summary>
    public int? RoomId { get; set; }

    public int? TimeSlotId { get; set; }

    public bool LeadWanted { get; set; }

    public bool OpenForOnDemand { get; set; }

    public List<LeadRow> Leads { get; set; } = [];

    public List<SubjectRow> Subjects { get; set; } = [];

    /// <summary>A name typed in the lead box but not added yet: saving adds it, as "Add lead" does.</summary>
    [JsonIgnore]
    public string? PendingLead { get; set; }

    /// <summary>
    /// Adds <see cref="PendingLead"/> to the leads and empties the box: the person of that name in any case, else a new
    /// person of that name. A person already leading it is not added twice.
    /// </summary>
    public void AddPendingLead(IReadOnlyList<Choice> people)
    {
        var name = PendingLead?.Trim();
        PendingLead = null;
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        var person = people.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (Leads.Any(l => person is not null ? l.PersonId == person.Id : string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        Leads.Add(person is null
            ? new LeadRow { NewPersonName = name, Name = name }
            : new LeadRow { PersonId = person.Id, Name = person.Name });
    }

    public SessionDraft ToDraft() => new(
        Title.Trim(),
        Slug.Trim(),
        Description,
        TrackId,
        Kind,
        Status,
        RoomId,
        TimeSlotId,
        LeadWanted,
        OpenForOnDemand,
        [.. Leads.Select(l => new LeadDraft(l.PersonId, l.NewPersonName, l.IsTentative))],
        [.. Subjects.Select(s => new SubjectDraft(s.Title.Trim(), s.Description))]);

    public sealed class LeadRow
    {
        public int? PersonId { get; set; }

        public string? NewPersonName { get; set; }

        public string Name { get; set; } = "";

        public bool IsTentative { get; set; }
    }

    public sealed class SubjectRow
    {
        public string Title { get; set; } = "";

        public string Description { get; set; } = "";
    }
}
