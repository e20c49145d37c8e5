using Summit.Core.Interest;

namespace Summit.Tests.Interest;

public sealed class RoomCapacityTests
{
    [Theory]
    [InlineData("40", 40)]
    [InlineData(" 1 ", 1)]
    [InlineData("100000", 100_000)]
    public void AWholeNumberFromOneToAHundredThousandIsACapacity(string typed, int expected)
    {
        var (capacity, error) = RoomCapacity.Read(typed);

        Assert.Equal(expected, capacity);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void NothingTypedMeansTheCapacityIsUnknown(string? typed)
    {
        Assert.Equal((null, null), RoomCapacity.Read(typed));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("+40")]
    [InlineData("40.5")]
    [InlineData("1,000")]
    [InlineData("forty")]
    [InlineData("100001")]
    [InlineData("99999999999")]
    [InlineData("٤٠")]
    public void AnythingElseIsRefusedWithWhatToType(string typed)
    {
        var (capacity, error) = RoomCapacity.Read(typed);

        Assert.Null(capacity);
        Assert.Equal("Give the number of people the room holds, a whole number from 1 to 100,000, or leave it empty.", error);
    }

    [Theory]
    [InlineData(41, 40, true)]
    [InlineData(40, 40, false)]
    [InlineData(500, null, false)]
    public void AStarCountExceedsACapacityOnlyWhenItIsLargerAndTheCapacityIsKnown(int stars, int? capacity, bool exceeded)
    {
        Assert.Equal(exceeded, RoomCapacity.IsExceeded(stars, capacity));
    }
}
