namespace Summit.Core.Generation;

/// <summary>The size and seed of a synthetic schedule made by <see cref="ScheduleGenerator"/>.</summary>
/// <param name="Sessions">How many sessions to schedule (at least 0).</param>
/// <param name="Rooms">How many rooms run sessions in parallel (at least 1).</param>
/// <param name="Days">How many consecutive days the event lasts, from 2012-10-15 (at least 1).</param>
/// <param name="Seed">The seed of the random choices: the same options always give the same schedule.</param>
public sealed record GeneratorOptions(int Sessions = 2000, int Rooms = 25, int Days = 4, int Seed = 2012);
