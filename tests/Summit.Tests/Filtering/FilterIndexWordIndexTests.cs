using Summit.Core.Filtering;
using Summit.Core.Generation;

namespace Summit.Tests.Filtering;

/// <summary>The inverted word index behind text search: how it is built must not change what a search finds.</summary>
public sealed class FilterIndexWordIndexTests(SeedScheduleFixture seed) : IClassFixture<SeedScheduleFixture>
{
    private static readonly string?[] Queries =
    [
        null, "keystone", "quantum", "lbaas tenant", "Fédération", "FÉDÉRATION", "ipv6", "modul", "q", "café upgrad", "gate",
        "nova", "zzzz", "ïnteg", "2012",
    ];

    private static readonly PublishedSchedule Generated = ScheduleGenerator.Generate(new GeneratorOptions(Sessions: 400, Rooms: 10, Days: 4));

    [Fact]
    public void IndexBuiltTwiceFromTheSeedScheduleGivesIdenticalResults()
    {
        AssertSameResults(FilterIndex.Build(seed.Schedule), FilterIndex.Build(seed.Schedule));
    }

    [Fact]
    public void IndexBuiltTwiceFromAGeneratedScheduleGivesIdenticalResults()
    {
        AssertSameResults(FilterIndex.Build(Generated), FilterIndex.Build(Generated));
    }

    [Fact]
    public void TextSearchFindsExactlyTheSessionsWithAWordStartingWithEachQueryWord()
    {
        // The definition, checked session by session with the reference folding, against the index.
        var index = FilterIndex.Build(Generated);

        foreach (var query in Queries.OfType<string>())
        {
            var queryWords = ReferenceFolding.Words(query).Distinct().ToList();
            var expected = Generated.Sessions
                .Where(s =>
                {
                    var words = ReferenceFolding.SearchableTexts(s).SelectMany(ReferenceFolding.Words).ToHashSet();
                    return queryWords.All(q => words.Any(w => w.StartsWith(q, StringComparison.Ordinal)));
                })
                .Select(s => s.Slug);

            Assert.Equal(expected, index.Apply(new ScheduleFilter { Text = query }).Sessions.Select(s => s.Slug));
        }
    }

    [Fact]
    public void NonAsciiWordsAreFoundCaseAndAccentInsensitively()
    {
        var sessions = Generated.Sessions.ToArray();
        sessions[3] = sessions[3] with { Title = "Ærø ferry timetables" };
        sessions[7] = sessions[7] with { Description = "Die Straße der Technik, 日本語のドキュメント und mehr." };
        sessions[11] = sessions[11] with { Subjects = [new SubjectInfo("Ωμέγα release", "한국어 지원")] };
        sessions[15] = sessions[15] with { Leads = [new LeadInfo("zoe", "Zoë Crème-Brûlée", IsTentative: false)] };
        var schedule = Generated with { Sessions = sessions };
        var index = FilterIndex.Build(schedule);

        List<string> Find(string text) => [.. index.Apply(new ScheduleFilter { Text = text }).Sessions.Select(s => s.Slug)];

        Assert.Equal([sessions[3].Slug], Find("ÆRØ"));
        Assert.Equal([sessions[3].Slug], Find("ærø ferr"));
        Assert.Equal([sessions[7].Slug], Find("Straße"));
        Assert.Empty(Find("strasse")); // ß is not expanded to ss
        Assert.DoesNotContain(sessions[7].Slug, Find("strabe"));
        Assert.Equal([sessions[7].Slug], Find("日本"));
        Assert.Equal([sessions[11].Slug], Find("ΩΜΈΓΑ"));
        Assert.Equal([sessions[11].Slug], Find("ωμεγα release"));
        Assert.Equal([sessions[11].Slug], Find("한국"));
        Assert.Equal([sessions[15].Slug], Find("zoe creme brulee"));
        Assert.Equal([sessions[15].Slug], Find("ZOË"));
        Assert.Empty(Find("ærø 日本"));
    }

    [Fact]
    public void SessionsWithEmptyTextsAreIndexed()
    {
        var sessions = Generated.Sessions.Take(3)
            .Select((s, i) => s with { Title = i == 1 ? "Only words here" : "   ", Description = "", Subjects = [], Leads = [] })
            .ToArray();
        var index = FilterIndex.Build(Generated with { Sessions = sessions });

        Assert.Equal([sessions[1].Slug], index.Apply(new ScheduleFilter { Text = "words" }).Sessions.Select(s => s.Slug));
        Assert.Equal(3, index.Apply(new ScheduleFilter { Text = " ?! " }).Sessions.Count);
    }

    private static void AssertSameResults(FilterIndex first, FilterIndex second)
    {
        foreach (var query in Queries)
        {
            var filter = new ScheduleFilter { Text = query };
            var a = first.Apply(filter);
            var b = second.Apply(filter);

            Assert.Equal(a.Sessions, b.Sessions);
            Assert.Equal(a.TotalSessions, b.TotalSessions);
            Assert.Equal(a.Facets.Tracks, b.Facets.Tracks);
            Assert.Equal(a.Facets.Leads, b.Facets.Leads);
            Assert.Equal(a.Facets.Days, b.Facets.Days);
        }
    }
}
