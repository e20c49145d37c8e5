using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Summit.Organizer;
using Summit.Web.Schedule;

namespace Summit.Web.Preview;

/// <summary>A session's page (<c>/preview/sessions/{slug}</c>) as the next release would show it; see <see cref="PreviewSchedulePage"/>.</summary>
[Route("/preview/sessions/{Slug}")]
[Authorize(Policy = OrganizerRoles.Policy)]
public sealed class PreviewSessionPage : SessionPage;
