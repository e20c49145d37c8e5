using BenchmarkDotNet.Running;
using Summit.Bench;

// dotnet run -c Release --project bench/Summit.Bench -- --filter '*Filter*'
BenchmarkSwitcher.FromAssembly(typeof(IcsBenchmarks).Assembly).Run(args);
