using ParallelLab.Paradigms.Processes;

// A worker process of the lab's process pool: it speaks the pool's protocol on its standard
// input and output and exits when the parent says stop or goes away.
ParentWatchdog.StartIfAsked();
using Stream input = Console.OpenStandardInput();
using Stream output = Console.OpenStandardOutput();
return WorkerHost.Run(input, output);
