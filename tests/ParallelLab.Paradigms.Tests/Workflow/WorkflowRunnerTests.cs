using ParallelLab.Paradigms.Workflow;

namespace ParallelLab.Paradigms.Tests.Workflow;

public class WorkflowRunnerTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Any_number_of_jobs_at_once_makes_the_same_files_with_logs(int jobs)
    {
        using var toy = new ToyWorkflow("a", "b", "c", "d");

        WorkflowReport report = toy.Run(jobs);

        Assert.Equal(5, report.Ran.Count);
        Assert.Equal("TEXT OF A\nTEXT OF B\nTEXT OF C\nTEXT OF D\n", File.ReadAllText(toy.Joined));
        Assert.Equal("upper c\n", File.ReadAllText(Path.Combine(toy.Root, "logs", "upper", "c.log")));
        Assert.Equal("join", report.Ran[^1].Job.Name);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    public void A_rule_that_asks_for_every_core_gets_all_of_j_and_runs_alone(int jobs, int granted)
    {
        using var toy = new ToyWorkflow("a", "b", "c", "d") { UpperThreads = Rule.AllCores };
        int running = 0;
        int mostAtOnce = 0;
        var threads = new System.Collections.Concurrent.ConcurrentBag<int>();
        Action<Job, TextWriter> upper = toy.UpperKernel;
        toy.UpperKernel = (job, log) =>
        {
            InterlockedMax(ref mostAtOnce, Interlocked.Increment(ref running));
            threads.Add(job.Threads);
            Thread.Sleep(20);
            upper(job, log);
            Interlocked.Decrement(ref running);
        };

        toy.Run(jobs);

        Assert.Equal(1, mostAtOnce);
        Assert.Equal([granted, granted, granted, granted], threads);
    }

    [Fact]
    public void A_rule_needs_at_least_one_thread() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Rule { Name = "none", Threads = 0 });

    [Fact]
    public void With_two_jobs_allowed_two_independent_jobs_run_at_the_same_time()
    {
        using var toy = new ToyWorkflow("a", "b", "c", "d");
        using var bothStarted = new CountdownEvent(2);
        int running = 0;
        int mostAtOnce = 0;
        Action<Job, TextWriter> upper = toy.UpperKernel;
        toy.UpperKernel = (job, log) =>
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            if (!bothStarted.IsSet)
            {
                bothStarted.Signal();
            }

            // The first two jobs wait for each other: a runner that ran one at a time would stop here.
            Assert.True(bothStarted.Wait(TimeSpan.FromSeconds(30)), "the second job never started alongside the first");
            upper(job, log);
            Interlocked.Decrement(ref running);
        };

        toy.Run(jobs: 2);

        Assert.Equal(2, mostAtOnce);
    }

    [Fact]
    public void Ready_jobs_start_biggest_input_first_so_a_big_one_never_comes_last()
    {
        using var toy = new ToyWorkflow("a", "b", "c", "d");
        File.WriteAllText(toy.Source("a"), new string('a', 10));
        File.WriteAllText(toy.Source("b"), new string('b', 5000));
        File.WriteAllText(toy.Source("c"), new string('c', 100));
        File.WriteAllText(toy.Source("d"), new string('d', 5000));
        var started = new List<string>();
        Action<Job, TextWriter> upper = toy.UpperKernel;
        toy.UpperKernel = (job, log) =>
        {
            lock (started)
            {
                started.Add(job.Wildcards.ToString());
            }

            upper(job, log);
        };

        toy.Run(jobs: 1);

        // Equal sizes keep the rule's order (b before d).
        Assert.Equal(["b", "d", "c", "a"], started.Select(w => w.Split('=')[^1]));
    }

    [Fact]
    public void One_job_at_a_time_never_overlaps()
    {
        using var toy = new ToyWorkflow("a", "b", "c");
        int running = 0;
        int mostAtOnce = 0;
        Action<Job, TextWriter> upper = toy.UpperKernel;
        toy.UpperKernel = (job, log) =>
        {
            InterlockedMax(ref mostAtOnce, Interlocked.Increment(ref running));
            Thread.Sleep(20);
            upper(job, log);
            Interlocked.Decrement(ref running);
        };

        toy.Run(jobs: 1);

        Assert.Equal(1, mostAtOnce);
    }

    [Fact]
    public void A_failing_job_stops_new_jobs_keeps_finished_outputs_and_removes_its_own()
    {
        using var toy = new ToyWorkflow("a", "b", "c", "d");
        Action<Job, TextWriter> upper = toy.UpperKernel;
        toy.UpperKernel = (job, log) =>
        {
            if (job.Wildcards["name"] == "b")
            {
                File.WriteAllText(job.Outputs[0], "half");
                throw new Core.IO.InputException("book 'b' is empty");
            }

            upper(job, log);
        };

        var error = Assert.Throws<ParadigmException>(() => toy.Run(jobs: 1));

        Assert.Equal("job upper[name=b] failed (book 'b' is empty); log: logs/upper/b.log", error.Message);
        Assert.True(File.Exists(toy.Upper("a")));
        Assert.False(File.Exists(toy.Upper("b")), "the failed job's partial output is removed");
        Assert.False(File.Exists(toy.Upper("c")), "no job starts after a failure");
        Assert.False(File.Exists(toy.Joined));
        Assert.Contains("error: book 'b' is empty", File.ReadAllText(Path.Combine(toy.Root, "logs", "upper", "b.log")), StringComparison.Ordinal);
        Assert.Equal(["upper[name=b]", "upper[name=c]", "upper[name=d]", "join"], JobPlan.For(toy.Dag()).ToRun.Select(j => j.Name));
    }

    [Fact]
    public void Jobs_already_running_when_another_fails_are_allowed_to_finish()
    {
        using var toy = new ToyWorkflow("a", "b");
        using var failed = new ManualResetEventSlim();
        Action<Job, TextWriter> upper = toy.UpperKernel;
        toy.UpperKernel = (job, log) =>
        {
            if (job.Wildcards["name"] == "a")
            {
                failed.Set();
                throw new Core.IO.InputException("bad book");
            }

            Assert.True(failed.Wait(TimeSpan.FromSeconds(30)));
            upper(job, log);
        };

        Assert.Throws<ParadigmException>(() => toy.Run(jobs: 2));

        Assert.True(File.Exists(toy.Upper("b")));
    }

    [Fact]
    public void A_job_that_succeeds_without_writing_its_output_has_failed()
    {
        using var toy = new ToyWorkflow("a");
        toy.UpperKernel = (_, _) => { };

        var error = Assert.Throws<ParadigmException>(() => toy.Run());

        Assert.Equal("job upper[name=a] failed (it finished but did not write out/a.up); log: logs/upper/a.log", error.Message);
    }

    [Fact]
    public void A_job_that_leaves_an_old_output_in_place_has_not_made_it()
    {
        using var toy = new ToyWorkflow("a");
        Directory.CreateDirectory(Path.GetDirectoryName(toy.Upper("a"))!);
        File.WriteAllText(toy.Upper("a"), "stale");
        File.SetLastWriteTimeUtc(toy.Upper("a"), DateTime.UtcNow.AddMinutes(-5));
        toy.Touch(toy.Source("a"));
        toy.UpperKernel = (_, _) => { };

        var error = Assert.Throws<ParadigmException>(() => toy.Run(targets: "out/a.up"));

        Assert.Contains("did not write out/a.up", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_defect_in_a_kernel_fails_its_job_with_the_trace_in_the_log()
    {
        using var toy = new ToyWorkflow("a");
        toy.UpperKernel = (_, _) => throw new InvalidDataException("bad state");

        var error = Assert.Throws<ParadigmException>(() => toy.Run());

        Assert.Equal("job upper[name=a] failed (InvalidDataException: bad state); log: logs/upper/a.log", error.Message);
        Assert.Contains("at ", File.ReadAllText(Path.Combine(toy.Root, "logs", "upper", "a.log")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_process_job_logs_both_streams_and_a_failure_names_the_exit_code_and_last_error_line()
    {
        using var toy = new ToyWorkflow("a", "b");
        toy.UpperCommand = job => new ProcessCommand("/bin/sh", ["-c", "echo out; echo partial > \"$1\"; echo 'error: no luck' >&2; exit 3", "sh", job.Outputs[0]]);

        var error = Assert.Throws<ParadigmException>(() => toy.Run(jobs: 1, mode: JobMode.Processes));

        Assert.Equal("job upper[name=a] failed (exit code 3: error: no luck); log: logs/upper/a.log", error.Message);
        Assert.False(File.Exists(toy.Upper("a")));
        string log = File.ReadAllText(Path.Combine(toy.Root, "logs", "upper", "a.log"));
        Assert.Contains("out\n", log, StringComparison.Ordinal);
        Assert.Contains("error: no luck\n", log, StringComparison.Ordinal);
    }

    [Fact]
    public void A_process_job_runs_in_the_working_directory()
    {
        using var toy = new ToyWorkflow("a");
        toy.UpperCommand = job => new ProcessCommand("/bin/sh", ["-c", "tr a-z A-Z < \"$1\" > out/a.up", "sh", job.Display(job.Inputs[0])]);

        WorkflowReport report = toy.Run(mode: JobMode.Processes, targets: "out/a.up");

        Assert.Single(report.Ran);
        Assert.Equal("TEXT OF A\n", File.ReadAllText(toy.Upper("a")));
    }

    [Fact]
    public void A_process_job_is_told_that_the_runner_syncs_its_outputs_and_that_it_ends_with_the_runner()
    {
        using var toy = new ToyWorkflow("a");
        toy.UpperCommand = job => new ProcessCommand("/bin/sh", ["-c", "echo \"$PARALLELLAB_OUTPUTS_SYNCED_BY $PARALLELLAB_PARENT_PID\" > \"$1\"", "sh", job.Outputs[0]]);

        toy.Run(mode: JobMode.Processes, targets: "out/a.up");

        Assert.Equal($"{Environment.ProcessId} {Environment.ProcessId}\n", File.ReadAllText(toy.Upper("a")));
    }

    [Fact]
    public void A_command_that_cannot_start_is_a_failure_of_its_job()
    {
        using var toy = new ToyWorkflow("a");
        toy.UpperCommand = _ => new ProcessCommand("/nonexistent/program", []);

        var error = Assert.Throws<ParadigmException>(() => toy.Run(mode: JobMode.Processes));

        Assert.StartsWith("job upper[name=a] failed (cannot start '/nonexistent/program'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_kills_running_processes_removes_their_outputs_and_starts_nothing_new()
    {
        using var toy = new ToyWorkflow("a", "b");
        using var started = new SemaphoreSlim(0);
        toy.UpperCommand = job => new ProcessCommand("/bin/sh", ["-c", "echo partial > \"$1\"; exec sleep 60", "sh", job.Outputs[0]]);
        using var cancel = new CancellationTokenSource();
        var progress = new Progress(p =>
        {
            if (p.Kind == JobProgressKind.Started)
            {
                started.Release();
            }
        });

        Task run = WorkflowRunner.RunAsync(JobPlan.For(toy.Dag()), new WorkflowOptions(1, JobMode.Processes), progress, cancel.Token);
        Assert.True(await started.WaitAsync(TimeSpan.FromSeconds(30)));
        await WaitUntil(() => File.Exists(toy.Upper("a")));
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), "the sleeping process was killed, not waited for");
        Assert.False(File.Exists(toy.Upper("a")));
        Assert.False(File.Exists(toy.Upper("b")));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (int i = 0; i < 300 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    /// <summary>Reports synchronously, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class Progress(Action<JobProgress> report) : IProgress<JobProgress>
    {
        public void Report(JobProgress value) => report(value);
    }
}
