using Summit.Core.Planning;

namespace Summit.Tests.Planning;

public sealed class PlannerDayTests
{
    [Fact]
    public void FreeCellsAreTheRoomsAndSlotsNoSessionHoldsInGridOrder()
    {
        // Arrange
        PlannerRoom windsor = new(1, "Windsor BC", null), emerald = new(2, "Emerald", 40);
        PlannerSlot ten = new(10, new TimeOnly(10, 0), new TimeOnly(10, 40)), eleven = new(11, new TimeOnly(11, 0), new TimeOnly(11, 40));
        var card = new PlannerCard(5, Guid.NewGuid(), "pki-future", "PKI Future", null, SessionKind.Regular, 0, [], false, SessionStatus.Confirmed, 0, windsor.Id, ten.Id);
        var day = new PlannerDay(new DateOnly(2012, 10, 18), [], [windsor, emerald], [ten, eleven], [card], [], []);

        // Act
        var free = day.FreeCells().Select(c => (c.Room.Name, c.Slot.Id)).ToList();

        // Assert
        Assert.Equal([("Emerald", 10), ("Windsor BC", 11), ("Emerald", 11)], free);
    }
}
