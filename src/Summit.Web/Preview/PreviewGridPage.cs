using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Summit.Organizer;
using Summit.Web.Grid;

namespace Summit.Web.Preview;

/// <summary>
/// The grid (<c>/preview/grid</c>) as the next release would show it, for organizers only; like
/// <see cref="PreviewSchedulePage"/>, it takes none of the public page's caching markers.
/// </summary>
[Route("/preview/grid")]
[Authorize(Policy = OrganizerRoles.Policy)]
public sealed class PreviewGridPage : GridPage;
