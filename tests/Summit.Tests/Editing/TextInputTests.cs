using Summit.Core.Editing;

namespace Summit.Tests.Editing;

public sealed class TextInputTests
{
    [Fact]
    public void ALineLosesNulAndOtherControlCharacters()
    {
        // Act
        var clean = TextInput.Line("PKI\u0000 Fu\u0007ture\u007F\u0085");

        // Assert
        Assert.Equal("PKI Future", clean);
    }

    [Fact]
    public void ALinePastedAcrossLinesKeepsItsWordsApart()
    {
        // Act
        var clean = TextInput.Line("Keystone\r\ninternals\tand\nmore");

        // Assert
        Assert.Equal("Keystone internals and more", clean);
    }

    [Fact]
    public void ABlockKeepsLineBreaksAndTabsAndLosesTheOtherControls()
    {
        // Act
        var clean = TextInput.Block("First\r\n\tindented\u0000\rlast\u001B[0m");

        // Assert
        Assert.Equal("First\n\tindented\nlast[0m", clean);
    }

    [Fact]
    public void TextWithoutControlsIsKeptAsItIs()
    {
        // Arrange
        const string text = "Ünïcode — “quotes” 🐻";

        // Act and assert
        Assert.Same(text, TextInput.Line(text));
        Assert.Same(text, TextInput.Block(text));
    }
}
