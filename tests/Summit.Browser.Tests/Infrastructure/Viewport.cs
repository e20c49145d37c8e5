namespace Summit.Browser.Tests.Infrastructure;

/// <summary>The screens every journey runs on: a laptop and a 390x844 phone.</summary>
public enum Viewport
{
    Desktop,
    Phone,
}
