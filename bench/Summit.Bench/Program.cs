using BenchmarkDotNet.Running;
using Summit.Bench;
using Summit.Bench.Releases;

// dotnet run -c Release --project bench/Summit.Bench -- --filter '*Filter*'
// dotnet run -c Release --project bench/Summit.Bench -- releases
if (args.FirstOrDefault() == "releases")
{
    return await ReleaseFigures.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(IcsBenchmarks).Assembly).Run(args);
return 0;
