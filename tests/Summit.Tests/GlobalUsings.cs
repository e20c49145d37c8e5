global using Summit.Core.Schedule;
global using Summit.Tests.Infrastructure;
global using Summit.Data;
global using Summit.Organizer.Accounts;
