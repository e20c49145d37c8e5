using System.Text.Json;
using Summit.Core.Releases;

namespace Summit.Tests.Releases;

public sealed class SessionChangeJsonTests
{
    [Fact]
    public void AStoredChangelogReadsBackAsTheSameChanges()
    {
        // Arrange
        var was = new SessionBuilder().Titled("Heat").LedBy("Bob Smith").WithSubject("Fans", "Loud").Build();
        var now = was with
        {
            Title = "Cooling",
            Day = was.Day.AddDays(1),
            Room = new NamedRef("windsor-bc", "Windsor BC"),
            Description = "New words",
            Status = SessionStatus.Cancelled,
            Leads = [new LeadInfo("ann-lee", "Ann Lee", true)],
            Subjects = [new SubjectInfo("Pumps", "Wet")],
        };
        var gone = new SessionBuilder().Titled("Gone").Build();
        var changes = ScheduleDiff.Compare(Release.Of(was, gone), Release.Of(now));

        // Act
        var json = JsonSerializer.Serialize(changes);
        var read = JsonSerializer.Deserialize<List<SessionChange>>(json)!;

        // Assert
        Assert.Equal(json, JsonSerializer.Serialize(read));
        Assert.Equal(changes.Select(SessionChangeText.Sentence), read.Select(SessionChangeText.Sentence));
        Assert.Equal(changes.Select(c => c.Kinds), read.Select(c => c.Kinds));
        Assert.Contains("\"Cancelled, Moved, Retitled, LeadsChanged, SubjectsChanged, DescriptionChanged\"", json, StringComparison.Ordinal);
    }
}
