using System.Runtime.InteropServices;
using ParallelLab.Cli;
using ParallelLab.Paradigms.Processes;

namespace ParallelLab.Native;

/// <summary>
/// Hands a command this front end does not serve to the JIT-compiled CLI, <c>parallellab.dll</c>
/// beside it, by replacing this process with <c>dotnet parallellab.dll ARGS</c> (execvp): the
/// user's shell, a signal or a parent waiting on the process id meet the CLI itself, and no extra
/// process is left to outlive anything.
/// </summary>
internal static partial class ManagedCli
{
    public const string AssemblyFileName = "parallellab.dll";

    /// <summary>Returns only when the CLI could not be started, with the exit code for that.</summary>
    public static int Become(string[] args, TextWriter error)
    {
        string assembly = Path.Combine(AppContext.BaseDirectory, AssemblyFileName);
        if (!File.Exists(assembly))
        {
            error.WriteLine($"parallellab: error: the CLI '{assembly}' is missing beside this program; build src/ParallelLab.Cli (dotnet build -c Release)");
            return CliApp.InputError;
        }

        string host = DotnetHost.Path();
        IntPtr[] argv = new IntPtr[args.Length + 3];
        try
        {
            argv[0] = Marshal.StringToCoTaskMemUTF8(host);
            argv[1] = Marshal.StringToCoTaskMemUTF8(assembly);
            for (int i = 0; i < args.Length; i++)
            {
                argv[i + 2] = Marshal.StringToCoTaskMemUTF8(args[i]);
            }

            Execvp(argv[0], argv);
            error.WriteLine($"parallellab: error: cannot start the .NET host '{host}' ({Marshal.GetLastPInvokeErrorMessage()}); is the .NET SDK on PATH?");
            return CliApp.InputError;
        }
        finally
        {
            foreach (IntPtr arg in argv)
            {
                Marshal.FreeCoTaskMem(arg);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "execvp", SetLastError = true)]
    private static partial int Execvp(IntPtr file, IntPtr[] argv);
}
