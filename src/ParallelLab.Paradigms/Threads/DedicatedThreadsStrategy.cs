using System.Runtime.ExceptionServices;
using ParallelLab.Paradigms.Partitioning;

namespace ParallelLab.Paradigms.Threads;

/// <summary>
/// One new <see cref="Thread"/> per worker over a static, even block of items, then
/// <see cref="Thread.Join()"/>: what Python's <c>threading.Thread</c> examples do. Full control and
/// no thread-pool ramp-up, but each run pays thread creation and the static blocks balance no
/// better than <see cref="TaskChunksStrategy"/>'s. Pick it only for long-lived workers that need
/// their own thread (priority, apartment state, a blocking loop).
/// </summary>
public sealed class DedicatedThreadsStrategy : ThreadStrategy
{
    public override string Name => "threads";

    protected override IReadOnlyList<TLocal> RunItems<TLocal>(int itemCount, int workers, Func<TLocal> createLocal, Action<int, TLocal> body)
    {
        Range[] blocks = EvenSplit.Blocks(itemCount, workers).Where(block => block.End.Value > block.Start.Value).ToArray();
        var locals = new TLocal[blocks.Length];
        var failures = new ExceptionDispatchInfo?[blocks.Length];
        var threads = new Thread[blocks.Length];
        for (int w = 0; w < blocks.Length; w++)
        {
            int worker = w;
            threads[w] = new Thread(() =>
            {
                try
                {
                    locals[worker] = createLocal();
                    for (int item = blocks[worker].Start.Value; item < blocks[worker].End.Value; item++)
                    {
                        body(item, locals[worker]);
                    }
                }
#pragma warning disable CA1031 // An exception must cross back to the joining thread, whatever it is.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failures[worker] = ExceptionDispatchInfo.Capture(e);
                }
            })
            {
                IsBackground = true,
                Name = $"parallellab-worker-{w}",
            };
            threads[w].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        ExceptionDispatchInfo? first = failures.FirstOrDefault(f => f is not null);
        first?.Throw();
        return locals;
    }
}
