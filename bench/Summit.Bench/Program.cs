using BenchmarkDotNet.Running;
using Summit.Bench;
using Summit.Bench.Import;
using Summit.Bench.Releases;

// dotnet run -c Release --project bench/Summit.Bench -- --filter '*Filter*'
// dotnet run -c Release --project bench/Summit.Bench -- releases
// dotnet run -c Release --project bench/Summit.Bench -- import
if (args.FirstOrDefault() == "releases")
{
    return await ReleaseFigures.RunAsync(args);
}

if (args.FirstOrDefault() == "import")
{
    return await ImportFigures.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(IcsBenchmarks).Assembly).Run(args);
return 0;
