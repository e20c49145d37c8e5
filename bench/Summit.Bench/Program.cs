using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Summit.Bench -- --filter '*Filter*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
