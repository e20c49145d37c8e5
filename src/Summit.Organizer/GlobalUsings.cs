global using Summit.Core.Schedule;
