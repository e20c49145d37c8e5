using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Summit.Web.Api;

/// <summary>
/// The filter parameters of <c>/</c>, declared so the OpenAPI document lists them; they are read by the same
/// <see cref="Core.Filtering.FilterQuery.Parse"/> as the schedule page. All strings: a wrong value gets the page's
/// message in a problem, not a binding failure without one.
/// </summary>
public sealed class ApiSessionFilter
{
    [FromQuery(Name = "room")]
    [Description("Room slugs (windsor-bc); repeat for several. A room's former slug still works.")]
    public string[]? Room { get; init; }

    [FromQuery(Name = "day")]
    [Description("Days, yyyy-MM-dd; repeat for several. \"all\" is accepted and changes nothing: the API always starts from every day.")]
    public string[]? Day { get; init; }

    [FromQuery(Name = "track")]
    [Description("Track slugs (keystone); repeat for several.")]
    public string[]? Track { get; init; }

    [FromQuery(Name = "lead")]
    [Description("Lead slugs (garyk), tentative leads included; repeat for several.")]
    public string[]? Lead { get; init; }

    [FromQuery(Name = "kind")]
    [Description("regular, split or half; repeat for several.")]
    public string[]? Kind { get; init; }

    [FromQuery(Name = "status")]
    [Description("confirmed, tentative or cancelled; repeat for several.")]
    public string[]? Status { get; init; }

    [FromQuery(Name = "leadwanted")]
    [Description("true: only sessions looking for a lead.")]
    public string[]? LeadWanted { get; init; }

    [FromQuery(Name = "q")]
    [Description("Words each matching the start of a word of the session (title, description, subjects, leads); at most 200 characters.")]
    public string[]? Q { get; init; }

    /// <summary>The values of one parameter by its name in the URL, as <see cref="Core.Filtering.FilterQuery.Parse"/> asks for them.</summary>
    public IEnumerable<string?> Values(string name) => name switch
    {
        "room" => Room ?? [],
        "day" => Day ?? [],
        "track" => Track ?? [],
        "lead" => Lead ?? [],
        "kind" => Kind ?? [],
        "status" => Status ?? [],
        "leadwanted" => LeadWanted ?? [],
        "q" => Q ?? [],
        _ => [],
    };
}
