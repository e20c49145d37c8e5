using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Summit.Organizer;
using Summit.Web.Schedule;

namespace Summit.Web.Preview;

/// <summary>
/// The schedule (<c>/preview</c>) as the next release would show it, for organizers only. It takes none of the public
/// page's markers (they are not inherited): no validators, no answer cache; <see cref="Published.PublicScheduleRequest"/>
/// hands it the working copy and marks the answer private and not to be stored.
/// </summary>
[Route("/preview")]
[Authorize(Policy = OrganizerRoles.Policy)]
public sealed class PreviewSchedulePage : SchedulePage;
