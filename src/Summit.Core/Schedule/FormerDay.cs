namespace Summit.Core.Schedule;

/// <summary>A date a day of the event had, and the date it has now.</summary>
public sealed record FormerDay(DateOnly Date, DateOnly CurrentDate);
