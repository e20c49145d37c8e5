using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using Summit.Core.Editing;
using Summit.Organizer.Layout;
using Summit.Organizer.Sessions;

namespace Summit.Tests.Organizer;

public sealed class SessionFormViewTests : SummitBunitContext
{
    private static readonly EditOptions Options = new(
        [new Choice(1, "Windsor BC"), new Choice(2, "Emma AB")],
        [new SlotChoice(10, new DateOnly(2012, 10, 15), new TimeOnly(9, 50), new TimeOnly(10, 30)), new SlotChoice(11, new DateOnly(2012, 10, 15), new TimeOnly(11, 0), new TimeOnly(11, 40))],
        [new Choice(5, "Quantum"), new Choice(6, "Keystone")],
        [new Choice(20, "garyk"), new Choice(21, "Serge"), new Choice(22, "Youcef")],
        new Dictionary<(int RoomId, int SlotId), string> { [(1, 11)] = "Nova/Quantum vif-plugging Interaction" });

    private IRenderedComponent<OrganizerFrame> RenderForm(SessionForm form, Action<ComponentParameterCollectionBuilder<SessionFormView>>? more = null) =>
        Render<OrganizerFrame>(frame => frame.AddChildContent<SessionFormView>(p =>
        {
            p.Add(c => c.Form, form).Add(c => c.Options, Options);
            more?.Invoke(p);
        }));

    /// <summary>
    /// Presses "Add lead" once the typed name has reached the form. The autocomplete re-renders when its debounced
    /// search finishes, which gives the button a new handler: a click that lands on the replaced one is lost, so it
    /// is pressed again (adding is idempotent) until the lead shows up.
    /// </summary>
    private static void AddLead(IRenderedComponent<OrganizerFrame> cut, SessionForm form) =>
        cut.WaitForAssertion(
            () =>
            {
                var button = cut.FindAll("button").Single(b => b.TextContent.Contains("Add lead", StringComparison.Ordinal));
                if (form.Leads.Count == 0 && !button.HasAttribute("disabled"))
                {
                    button.Click();
                }

                Assert.Single(form.Leads);
            },
            TimeSpan.FromSeconds(10));

    private static SessionForm Existing() => new() { Id = 7, Title = "PKI Future", Slug = "pki-future", RoomId = 1, TimeSlotId = 10, Version = Guid.NewGuid() };

    [Fact]
    public void ErrorsShowAtTheirFieldsAndSayNothingWasSaved()
    {
        // Arrange
        var errors = new Dictionary<string, string[]>
        {
            ["Title"] = ["Give the session a title."],
            ["TimeSlotId"] = ["“Keystone Internals” is already in this room at this time. Choose a free slot."],
        };

        // Act
        var cut = RenderForm(Existing(), p => p.Add(c => c.Errors, errors));

        // Assert
        var messages = cut.FindAll(".mud-input-error").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("Give the session a title.", messages);
        Assert.Contains("“Keystone Internals” is already in this room at this time. Choose a free slot.", messages);
        Assert.Contains("Nothing was saved: fix the fields marked above.", cut.Markup);
    }

    [Fact]
    public void SubjectsCanBeAddedReorderedAndRemoved()
    {
        var form = Existing();
        form.Subjects.Add(new SessionForm.SubjectRow { Title = "Packet filter API" });
        form.Subjects.Add(new SessionForm.SubjectRow { Title = "Firewall API" });
        var cut = RenderForm(form);

        cut.Find("button[aria-label='Move subject 2 up']").Click();
        Assert.Equal(["Firewall API", "Packet filter API"], form.Subjects.Select(s => s.Title));

        cut.FindAll("button").Single(b => b.TextContent.Contains("Add subject", StringComparison.Ordinal)).Click();
        Assert.Equal(3, form.Subjects.Count);

        cut.Find("button[aria-label='Remove subject 1']").Click();
        Assert.Equal(["Packet filter API", ""], form.Subjects.Select(s => s.Title));
    }

    [Fact]
    public void SubjectErrorShowsUnderTheSubjects()
    {
        var cut = RenderForm(Existing(), p => p.Add(c => c.Errors, new Dictionary<string, string[]> { ["Subjects"] = ["A split session shares its slot between at least two subjects."] }));

        Assert.Contains("A split session shares its slot between at least two subjects.", cut.Find("fieldset.editor-group:last-of-type [role=alert]").TextContent);
    }

    [Fact]
    public void PickingAnExistingPersonAddsThemAsLead()
    {
        var form = Existing();
        var cut = RenderForm(form);

        var input = cut.FindAll("input").Single(i => i.ParentElement!.ParentElement!.TextContent.Contains("Add a lead", StringComparison.Ordinal) || i.GetAttribute("aria-label") == "Add a lead (pick or type a new name)");
        input.Input("Serge");
        AddLead(cut, form);

        var lead = Assert.Single(form.Leads);
        Assert.Equal((21, "Serge"), (lead.PersonId, lead.Name));
    }

    [Fact]
    public void TypingANewNameAddsANewPerson()
    {
        var form = Existing();
        var cut = RenderForm(form);

        var input = cut.FindAll("input").Single(i => i.GetAttribute("aria-label") == "Add a lead (pick or type a new name)" || i.ParentElement!.ParentElement!.TextContent.Contains("Add a lead", StringComparison.Ordinal));
        input.Input("Dolph");
        AddLead(cut, form);

        var lead = Assert.Single(form.Leads);
        Assert.Equal((null, "Dolph"), (lead.PersonId, lead.NewPersonName));
    }

    [Fact]
    public void LeadsCanBeMarkedTentativeAndRemoved()
    {
        var form = Existing();
        form.Leads.Add(new SessionForm.LeadRow { PersonId = 22, Name = "Youcef" });
        var cut = RenderForm(form);

        cut.Find(".lead-row input[type=checkbox]").Change(true);
        Assert.True(form.Leads[0].IsTentative);

        cut.Find("button[aria-label='Remove lead Youcef']").Click();
        Assert.Empty(form.Leads);
    }

    [Fact]
    public void NewSessionsSlugFollowsTheTitle()
    {
        var form = new SessionForm { RoomId = 1, TimeSlotId = 10 };
        var cut = RenderForm(form);

        cut.FindAll("input").First(i => i.ParentElement!.ParentElement!.TextContent.Contains("Title", StringComparison.Ordinal)).Input("Nova Cells: Phase 2");

        Assert.Equal("nova-cells-phase-2", form.Slug);
    }

    [Fact]
    public void ConflictSaysWhoChangedWhatAndOffersBothWays()
    {
        var reapplied = false;
        var discarded = false;
        var conflict = new EditConflict("ada@example.org", new DateTime(2012, 10, 16, 9, 5, 0, DateTimeKind.Utc), [new FieldChange("Title", "PKI Future", "PKI: where next")]);

        var cut = RenderForm(Existing(), p => p
            .Add(c => c.Conflict, conflict)
            .Add(c => c.OnReapply, () => reapplied = true)
            .Add(c => c.OnDiscard, () => discarded = true));

        var alert = cut.Find(".mud-alert");
        Assert.Contains("ada@example.org saved this session at 09:05 UTC on 16 Oct, after you opened it.", alert.TextContent);
        Assert.Contains("PKI: where next", alert.TextContent);
        cut.FindAll("button").Single(b => b.TextContent.Contains("Keep my version and save again", StringComparison.Ordinal)).Click();
        cut.FindAll("button").Single(b => b.TextContent.Contains("Discard mine and load theirs", StringComparison.Ordinal)).Click();
        Assert.True(reapplied && discarded);
    }

    [Fact]
    public void PreviewRendersTheDescriptionSafely()
    {
        var form = Existing();
        form.Description = "Topics:\n\n- one\n- two\n\n<script>alert(1)</script>";

        var cut = RenderForm(form);

        Assert.Equal(2, cut.FindAll(".preview-pane li").Count);
        Assert.Empty(cut.FindAll(".preview-pane script"));
    }
}
