using Summit.Core.Filtering;

namespace Summit.Tests.Filtering;

public sealed class TextNormalizerTests
{
    [Fact]
    public void WordsAreFoldedToLowerCaseWithoutAccents()
    {
        Assert.Equal(["cafe", "ipv6", "ready", "resume"], TextNormalizer.Words("Café IPv6-ready RÉSUMÉ"));
    }

    [Fact]
    public void PunctuationSeparatesWords()
    {
        Assert.Equal(["tenant", "id", "project", "id"], TextNormalizer.Words("tenant_id/project-id"));
    }
}

public sealed class TextNormalizerFoldingTests
{
    [Theory]
    [InlineData("Ærø", new[] { "ærø" })]
    [InlineData("ÆRØ", new[] { "ærø" })]
    [InlineData("straße", new[] { "straße" })]
    [InlineData("STRASSE", new[] { "strasse" })]
    [InlineData("日本語", new[] { "日本語" })]
    [InlineData("日本語のテキスト", new[] { "日本語のテキスト" })]
    [InlineData("Ωμέγα", new[] { "ωμεγα" })]
    [InlineData("ΩΜΈΓΑ", new[] { "ωμεγα" })]
    [InlineData("한국어", new[] { "한국어" })]
    [InlineData("İstanbul", new[] { "istanbul" })]
    [InlineData("Łódź Kraków", new[] { "łodz", "krakow" })]
    [InlineData("Dvořák ÅNGSTRÖM", new[] { "dvorak", "angstrom" })]
    [InlineData("Crème Brûlée", new[] { "creme", "brulee" })]
    [InlineData("François Müller-Lüdenscheidt", new[] { "francois", "muller", "ludenscheidt" })]
    public void NonAsciiWordsAreFoldedToLowerCaseWithoutAccents(string text, string[] expected)
    {
        Assert.Equal(expected, TextNormalizer.Words(text));
    }

    [Fact]
    public void MixedAsciiAndNonAsciiTextKeepsEveryWordInOrder()
    {
        Assert.Equal(["ærø", "ferry", "日本語", "ωμεγα", "v2", "0"], TextNormalizer.Words("Ærø Ferry: 日本語 & Ωμέγα v2.0"));
        Assert.Equal(["naive", "cafe", "au", "lait", "zurich"], TextNormalizer.Words("naïve café-au-lait Zürich"));
    }

    [Fact]
    public void DecomposedAccentsFoldLikeComposedOnes()
    {
        // "e" followed by a combining acute accent, as some keyboards and pasted text give it.
        Assert.Equal(TextNormalizer.Words("Café RÉSUMÉ"), TextNormalizer.Words("Cafe\u0301 RE\u0301SUME\u0301"));
        Assert.Equal(["cafe", "resume"], TextNormalizer.Words("Cafe\u0301 RE\u0301SUME\u0301"));
    }

    [Fact]
    public void DecimalDigitsArePartOfWords()
    {
        Assert.Equal(["v2", "0", "2012", "10", "15", "room", "101"], TextNormalizer.Words("v2.0 2012-10-15 room 101"));

        // Other scripts' decimal digits count; circled numbers and superscripts are not decimal digits.
        Assert.Equal(["٣٤", "x"], TextNormalizer.Words("① ² ٣٤ x²"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("   \t\n ")]
    [InlineData("  -- ?! ")]
    [InlineData("\u0301\u0308")]
    public void TextWithoutLettersOrDigitsHasNoWords(string? text)
    {
        Assert.Empty(TextNormalizer.Words(text));
    }

    [Fact]
    public void LongTextsFoldLikeShortOnes()
    {
        // Longer than the first pooled buffer, with characters that decompose into three or four UTF-16 units.
        var text = string.Concat(Enumerable.Repeat("Ærø ΐ ᾂ café ", 300)) + new string('é', 2_000) + " END";

        var words = TextNormalizer.Words(text).ToList();

        Assert.Equal(ReferenceFolding.Words(text), words);
        Assert.Equal(new string('e', 2_000), words[^2]);
        Assert.Equal("end", words[^1]);
    }

    [Fact]
    public void FoldingAgreesWithTheReferenceOnUnusualText()
    {
        // Combining marks after ASCII, Hangul jamo that recompose, a Kelvin sign, ligatures, titlecase digraphs,
        // Indic vowel signs that compose, and characters outside the BMP.
        string[] pieces =
        [
            "a", "E", "z", "0", "9", " ", "-", "_", "<", "=", "\u0301", "\u0308", "\u0327", "\u0338", "\u0345", "é", "É",
            "Æ", "ø", "ß", "ẞ", "İ", "ı", "\u212A", "Å", "ﬁ", "①", "²", "Ω", "ω", "ή", "Ή", "ΐ", "\u1100", "\u1161", "\u11A8",
            "한", "日", "本", "語", "\U0001D400", "\U00010400", "\U0001D165", "\u0915", "\u093F", "\u094D", "\u0B47", "\u0B3E",
            "\u09C7", "\u09BE", "\u0F73", "\u0344", "ǅ", "Ǆ", "\u00A0", "\u200D", "\u3099", "か", "\u0651", "\u05B4", "Ё",
            "ḯ", "Ϊ", "Ⅻ", "\uFB2C", "\u2126", "\u0958", "Ç", "\t", "٣",
        ];
        var random = new Random(2012);

        for (var n = 0; n < 5_000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]));

            Assert.Equal(ReferenceFolding.Words(text), TextNormalizer.Words(text));
        }
    }
}
