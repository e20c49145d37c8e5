using Bunit;
using Summit.Organizer.Releases;

namespace Summit.Tests.Organizer.Releases;

/// <summary>A second organizer with a page of their own over the test's database, as another browser would have.</summary>
public sealed class OtherOrganizer : SummitBunitContext
{
    public OtherOrganizer(TestDatabase database, string user) => ReleasesTestContext.Register(this, database, user);

    public IRenderedComponent<ReleasesPage> RenderReleases() => ReleasesTestContext.RenderReleases(this);
}
