using ParallelLab.Mpi;
using ParallelLab.Paradigms;

namespace ParallelLab.Cli.Tests.Mpi;

public class MpiexecLauncherTests
{
    [Fact]
    public void A_launcher_missing_from_path_is_one_line_with_the_apt_command()
    {
        var e = Assert.Throws<ParadigmException>(() => MpiexecLauncher.Run("mpiexec.no-such-launcher", 2, "true", [], CancellationToken.None));

        Assert.Equal("mpiexec.no-such-launcher was not found on PATH; install MPICH with: sudo apt-get install mpich", e.Message);
    }

    [Fact]
    public void Mpich_is_told_from_its_environment_and_open_mpi_too()
    {
        Assert.Equal(MpiLauncher.Mpich, MpiLaunch.Detect(new Dictionary<string, string> { ["PMI_RANK"] = "0", ["PMI_SIZE"] = "2", ["PMI_FD"] = "6" }));
        Assert.Equal(MpiLauncher.OpenMpi, MpiLaunch.Detect(new Dictionary<string, string> { ["OMPI_COMM_WORLD_SIZE"] = "2", ["PMI_RANK"] = "0", ["PMI_SIZE"] = "2" }));
        Assert.Equal(MpiLauncher.None, MpiLaunch.Detect(new Dictionary<string, string> { ["PMI_RANK"] = "0" }));
    }
}
