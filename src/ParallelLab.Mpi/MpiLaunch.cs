using System.Collections;

namespace ParallelLab.Mpi;

/// <summary>Which launcher started this process, told from the environment it set.</summary>
public enum MpiLauncher
{
    /// <summary>No MPI launcher: a plain process.</summary>
    None,

    /// <summary>MPICH's Hydra (<c>mpiexec.mpich</c>), or another PMI launcher of the MPICH family.</summary>
    Mpich,

    /// <summary>Open MPI's <c>mpirun</c>, whose ABI MPI.NET cannot use.</summary>
    OpenMpi,
}

public static class MpiLaunch
{
    /// <summary>
    /// Hydra gives every rank <c>PMI_RANK</c> and <c>PMI_SIZE</c> (and <c>PMI_FD</c> or
    /// <c>PMI_PORT</c> to reach it); Open MPI gives <c>OMPI_COMM_WORLD_SIZE</c>.
    /// </summary>
    public static MpiLauncher Detect(IDictionary environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.Contains("OMPI_COMM_WORLD_SIZE"))
        {
            return MpiLauncher.OpenMpi;
        }

        return environment.Contains("PMI_RANK") && environment.Contains("PMI_SIZE") ? MpiLauncher.Mpich : MpiLauncher.None;
    }

    public static MpiLauncher Current => Detect(Environment.GetEnvironmentVariables());

    /// <summary>The one line for a process that Open MPI started.</summary>
    public const string OpenMpiRefusal =
        "this process was started by Open MPI's mpirun, but the lab runs on MPICH: launch it with mpiexec.mpich (Debian's mpirun may point at Open MPI)";
}
