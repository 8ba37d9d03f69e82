using ParallelLab.Core.IO;
using ParallelLab.Reporting.Results;

namespace ParallelLab.Reporting.Tests.Results;

public class ResultFileTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name + "-report-full.json");

    /// <summary>An older run of PoolStartup under the Workstation job, where BenchmarkDotNet removed outliers; named so that a folder search skips it.</summary>
    private static string WorkstationPoolStartup => Path.Combine(AppContext.BaseDirectory, "Fixtures", "PoolStartupWorkstation.json");

    [Fact]
    public void Cases_parameters_host_and_per_operation_times_are_read_from_a_real_report()
    {
        (HostEnvironment host, IReadOnlyList<BenchmarkResult> results) = ResultFile.Read(Fixture("GlobalLock"));

        Assert.Equal(6, results.Count);
        BenchmarkResult free = results.Single(r => r.Method == "FreeThreads" && r.Parameters["Workers"] == "2");
        Assert.Equal("GlobalLock", free.Type);
        Assert.Equal("WordCount", free.Parameters["Work"]);
        Assert.Equal("Workstation", free.JobId);
        Assert.Equal(6, free.Nanoseconds.Count);
        Assert.InRange(free.Nanoseconds.Average(), 147e6, 148e6);
        Assert.Equal("GlobalLock.FreeThreads(Work=WordCount, Workers=2)@Workstation", free.Key);
        Assert.Equal(new DateTime(2026, 11, 25, 10, 42, 50, DateTimeKind.Local), free.RunStarted);
        Assert.Equal(2, host.LogicalCores);
        Assert.Equal("AMD EPYC", host.Processor);
        Assert.StartsWith(".NET 10", host.Runtime, StringComparison.Ordinal);
    }

    [Fact]
    public void The_job_and_its_environment_come_from_the_display_info()
    {
        (_, IReadOnlyList<BenchmarkResult> results) = ResultFile.Read(Fixture("NativeBlas"));

        BenchmarkResult twoThreads = results.Single(r => r.Method == "Invert" && r.JobId == "2 threads");
        Assert.Equal("2", twoThreads.JobEnvironment["OMP_NUM_THREADS"]);
        Assert.Equal("2", twoThreads.JobEnvironment["OPENBLAS_NUM_THREADS"]);
        Assert.Equal("openblas n=500", twoThreads.Parameters["Case"]);
        Assert.Equal(3, twoThreads.Nanoseconds.Count);
        BenchmarkResult dry = results.Single(r => r.Method == "Invert" && r.JobId == "Dry");
        Assert.Empty(dry.JobEnvironment);
        Assert.Single(dry.Nanoseconds);
    }

    [Fact]
    public void Outliers_that_BenchmarkDotNet_removed_stay_removed()
    {
        (_, IReadOnlyList<BenchmarkResult> results) = ResultFile.Read(WorkstationPoolStartup);

        Assert.Equal([5, 6, 6], results.Select(r => r.Nanoseconds.Count));
    }

    [Fact]
    public void The_machine_load_the_lab_recorded_is_read_from_the_metrics()
    {
        // A real run of PoolStartup with the lab's recorder, on a quiet machine.
        (_, IReadOnlyList<BenchmarkResult> results) = ResultFile.Read(Fixture("PoolStartup"));

        Assert.All(results, r => Assert.True(r.Load is { Known: true, LogicalCores: 2 }));
        Assert.All(results, r => Assert.InRange(r.Load!.OtherCores, 0, 0.25));
        Assert.All(results, r => Assert.InRange(r.Load!.OwnCores, 0.5, 2.1));
        Assert.Equal([1, 2, 3], results.Select(r => r.RunOrder!.Value).Order());
        Assert.All(results, r => Assert.True(r.MeasuresCost));
    }

    [Theory]
    [InlineData("Type.M: 1 thread(EnvironmentVariables=A=1,B=2, Server=True) [Case=x]", "1 thread")]
    [InlineData("Type.M: Workstation(Server=True) [Workers=2]", "Workstation")]
    [InlineData("Type.M: DefaultJob [Workers=2]", "DefaultJob")]
    [InlineData("Type.M: DefaultJob", "DefaultJob")]
    public void Job_ids_may_contain_spaces_and_stop_at_the_settings(string display, string job)
    {
        Assert.Equal(job, ResultFile.JobId(display));
    }

    [Fact]
    public void Parameter_values_may_contain_equals_signs_and_spaces()
    {
        IReadOnlyDictionary<string, string> parameters = ResultFile.ParseParameters("Case=openblas n=500&Workers=2");

        Assert.Equal("openblas n=500", parameters["Case"]);
        Assert.Equal("2", parameters["Workers"]);
        Assert.Empty(ResultFile.ParseParameters(""));
    }

    [Fact]
    public void A_folder_is_searched_for_reports_and_the_latest_run_of_a_case_wins()
    {
        using var folder = new TestSupport.TemporaryDirectory();
        string older = File.ReadAllText(WorkstationPoolStartup).Replace("-20261125-095023", "-20261124-095023", StringComparison.Ordinal).Replace("22585101", "99585101", StringComparison.Ordinal);
        Directory.CreateDirectory(folder.File("old"));
        File.WriteAllText(folder.File(Path.Combine("old", "PoolStartup-report-full.json")), older);
        File.Copy(WorkstationPoolStartup, folder.File("PoolStartup-report-full.json"));

        ResultSet set = ResultSet.Load([folder.Path]);

        Assert.Equal(2, set.Files.Count);
        Assert.Equal(3, set.Results.Count);
        Assert.All(set.Results, r => Assert.Equal(new DateTime(2026, 11, 25, 9, 50, 23, DateTimeKind.Local), r.RunStarted));
    }

    [Fact]
    public void Missing_files_empty_folders_and_other_json_are_input_errors()
    {
        using var folder = new TestSupport.TemporaryDirectory();
        File.WriteAllText(folder.File("other.json"), "{\"Benchmarks\": 3}");
        File.WriteAllText(folder.File("broken.json"), "{\"Bench");

        Assert.Contains("do not exist", Assert.Throws<InputException>(() => ResultSet.Load([folder.File("absent.json")])).Message, StringComparison.Ordinal);
        Assert.Contains("has no *-report-full.json", Assert.Throws<InputException>(() => ResultSet.Load([folder.Path])).Message, StringComparison.Ordinal);
        Assert.Contains("no Benchmarks array", Assert.Throws<InputException>(() => ResultFile.Read(folder.File("other.json"))).Message, StringComparison.Ordinal);
        Assert.Contains("is not a BenchmarkDotNet full JSON report", Assert.Throws<InputException>(() => ResultFile.Read(folder.File("broken.json"))).Message, StringComparison.Ordinal);
    }
}
