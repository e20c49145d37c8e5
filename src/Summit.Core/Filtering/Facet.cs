namespace Summit.Core.Filtering;

/// <summary>The facets a schedule can be filtered by; also the query parameter names of the URL contract.</summary>
public enum Facet
{
    Room,
    Day,
    Track,
    Lead,
    Kind,
    Status,
    LeadWanted,
    Text,
}
