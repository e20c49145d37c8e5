global using Summit.Core.Schedule;
global using Summit.Data;
