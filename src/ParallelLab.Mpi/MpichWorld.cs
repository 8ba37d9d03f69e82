using ParallelLab.Paradigms;
using ParallelLab.Paradigms.Mpi;

namespace ParallelLab.Mpi;

/// <summary>
/// This process's place in a real MPI job started by <c>mpiexec.mpich</c>: MPI initialised on
/// creation (MPI_Init_thread, through MPI.NET), finalised on <see cref="Dispose"/>. One per
/// process, as MPI allows one initialisation.
/// </summary>
public sealed class MpichWorld : IDisposable
{
    private readonly MPI.Environment _environment;

    private MpichWorld(MPI.Environment environment, ICommunicator communicator)
    {
        _environment = environment;
        Communicator = communicator;
    }

    /// <summary>The world communicator (MPI_COMM_WORLD).</summary>
    public ICommunicator Communicator { get; }

    /// <summary>
    /// Loads MPICH and initialises MPI; a <see cref="ParadigmException"/> (one line for the user)
    /// when MPICH is missing or the process was started by Open MPI.
    /// </summary>
    public static MpichWorld Start()
    {
        if (MpiLaunch.Current == MpiLauncher.OpenMpi)
        {
            throw new ParadigmException(MpiLaunch.OpenMpiRefusal);
        }

        MpichLibrary.EnsureLoaded();
        string[] arguments = [];

        // Multiple: a watchdog thread may call MPI_Abort while the rank's thread waits in MPI.
        var environment = new MPI.Environment(ref arguments, MPI.Threading.Multiple);
        return new MpichWorld(environment, new MpichCommunicator());
    }

    /// <summary>The host this rank runs on, as MPI names it (MPI_Get_processor_name).</summary>
    public static string ProcessorName => MPI.Environment.ProcessorName;

    /// <summary>Ends every rank of the job (MPI_Abort), as a failed rank must so that none waits forever.</summary>
    public static void Abort(int exitCode) =>
        MpiCall.Check(MPI.Unsafe.MPI_Abort(MPI.Unsafe.MPI_COMM_WORLD, exitCode), "MPI_Abort"); // returns only if MPI could not abort

    public void Dispose() => _environment.Dispose();
}
