using Microsoft.AspNetCore.Identity;

namespace Summit.Data;

/// <summary>A person who signs in to edit the schedule.</summary>
public class OrganizerUser : IdentityUser;
