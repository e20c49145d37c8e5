global using Summit.Core.Schedule;
global using Summit.Tests.Infrastructure;
