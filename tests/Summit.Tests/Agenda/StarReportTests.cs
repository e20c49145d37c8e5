using Summit.Web.Agenda;

namespace Summit.Tests.Agenda;

public sealed class StarReportTests
{
    [Theory]
    [InlineData(true, true, "Added “PKI Future” to your agenda.", "Undo")]
    [InlineData(false, false, "Removed “PKI Future” from your agenda.", "Undo")]
    [InlineData(true, false, "“PKI Future” is not in your agenda.", "Add to my agenda")]
    [InlineData(false, true, "“PKI Future” is in your agenda.", "Remove from my agenda")]
    [InlineData(null, true, "“PKI Future” is in your agenda.", "Remove from my agenda")]
    public void TheReportTellsTheAgendaAsItIsNow(bool? claimedStarred, bool holds, string message, string button)
    {
        // Act
        var report = StarReport.Of("PKI Future", claimedStarred, holds);

        // Assert
        Assert.Equal(message, report.Message);
        Assert.Equal(button, report.ButtonLabel);
    }

    [Theory]
    [InlineData("/?track=keystone#pki-future", "Back to the schedule")]
    [InlineData("/sessions/pki-future#pki-future", "Back to the session")]
    [InlineData("/agenda#pki-future", "Back to my agenda")]
    [InlineData("/agendas-of-others", "Back to the schedule")]
    public void TheWayBackSaysWhereItLeads(string address, string label) =>
        Assert.Equal(label, StarReturn.BackLabel(address));
}
