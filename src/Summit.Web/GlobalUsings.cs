global using Summit.Core.Schedule;
global using Summit.Data;
global using Summit.Organizer.Accounts;
