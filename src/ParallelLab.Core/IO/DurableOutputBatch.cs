using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ParallelLab.Core.IO;

/// <summary>
/// Outputs that <see cref="AtomicFile"/> writes while a batch is open are renamed into place at
/// once, whole or not at all for any process that reads them, but reach the disk in syncs of many
/// files, in the background (<see cref="FlushInBackground"/>) and at the end (<see cref="Flush"/>):
/// one <c>syncfs(2)</c> per directory written to, instead of one <c>fsync(2)</c> per file. A workflow writes an output per job. On this project's ext4 disk each fsync waited
/// about a millisecond and the waits did not overlap (62 files: 51–70 ms on one thread, 59–61 ms
/// on two), so at <c>-j 2</c> they were the part of the in-process workflow that did not run in
/// parallel. Each file's write-back is started as it is written (<c>sync_file_range(2)</c>), so the
/// disk works while the jobs compute and the flush has little left to wait for.
/// <para>
/// What is given up, until the flush: after a power cut (not a killed process) an output may be
/// empty, or an output it replaced may be gone, since the rename may reach the disk before the
/// data (ext4 orders a replacing rename after its data; other file systems need not); such a file
/// is newer than its inputs, so a workflow would take it as up to date. Snakemake and Python's own
/// <c>open(...).write(...)</c> never sync at all. The batch covers the flow that opened it and the
/// tasks started from it (an <see cref="AsyncLocal{T}"/>), so the kernels that write need not know
/// of it. Linux only: elsewhere each file is still synced as it is written.
/// </para>
/// </summary>
public sealed class DurableOutputBatch : IDisposable
{
    private const uint StartWrite = 2; // SYNC_FILE_RANGE_WRITE, <linux/fs.h>
    private const int ReadOnlyCloseOnExec = 0x80000; // O_RDONLY | O_CLOEXEC, the same on x86-64 and Arm64

    private static readonly AsyncLocal<DurableOutputBatch?> Open = new();

    private readonly DurableOutputBatch? _outer;
    private readonly ConcurrentDictionary<string, byte> _directories = new(StringComparer.Ordinal);
    private readonly object _backgroundGate = new(); // guards _syncer, _syncRequested and the end of the batch; the syncer waits on it
    private readonly Lock _syncing = new(); // one sync at a time: a caller that finds nothing left waits for the one under way
    private Thread? _syncer; // made at the first request
    private bool _syncRequested;
    private IOException? _backgroundFailure; // set under _syncing, so a flush that took the lock after it sees it
    private volatile bool _disposed;

    private DurableOutputBatch(DurableOutputBatch? outer) => _outer = outer;

    /// <summary>
    /// The open batch that will sync what is written now, or null: sync each file as it is written.
    /// A task started inside a batch still sees it after it was closed, and must not defer to it.
    /// </summary>
    internal static DurableOutputBatch? Current => OperatingSystem.IsLinux() && Open.Value is { _disposed: false } batch ? batch : null;

    /// <summary>How many directories the background thread has synced: what it took off the last flush.</summary>
    internal int SyncedInBackground { get; private set; }

    /// <summary>The batch's sync thread, once asked for: it ends when the batch is disposed.</summary>
    internal Thread? SyncThread
    {
        get
        {
            lock (_backgroundGate)
            {
                return _syncer;
            }
        }
    }

    /// <summary>
    /// The variable a runner gives the jobs it starts as processes, naming itself: their outputs
    /// are its to sync (<see cref="Include"/>), with its own, so a job does not wait for a
    /// <c>fsync</c> of its own (1.6 ms, and the rename after it 0.8 ms, of a 19 ms job here).
    /// </summary>
    public const string SyncedByParentVariable = "PARALLELLAB_OUTPUTS_SYNCED_BY";

    /// <summary>The variable to give a child whose outputs this process's batch will sync.</summary>
    public static KeyValuePair<string, string?> ForChild() =>
        new(SyncedByParentVariable, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>
    /// A batch that is never flushed, for a process whose parent asked to sync its outputs
    /// (<see cref="SyncedByParentVariable"/> names the parent); null otherwise, and then each output
    /// is synced as it is written. The variable must name this process's parent: inherited by a
    /// process further down, or left after the parent died, it is ignored.
    /// </summary>
    public static DurableOutputBatch? BeginIfParentSyncs() =>
        ParentSyncs(Environment.GetEnvironmentVariable(SyncedByParentVariable), OperatingSystem.IsLinux() ? ProcessLiveness.ParentId() : -1) ? Begin() : null;

    internal static bool ParentSyncs(string? variable, int parentId) =>
        OperatingSystem.IsLinux()
        && int.TryParse(variable, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int named)
        && named == parentId
        && named > 1;

    /// <summary>Notes an output another process wrote at this batch's request (<see cref="ForChild"/>): the batch syncs it with its own.</summary>
    public void Include(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux())
        {
            Add(OutputPaths.Target(path)); // a symbolic link's output was written at its target, maybe on another file system
        }
    }

    /// <summary>Opens a batch for the calling flow; <see cref="Flush"/> makes its outputs durable, <see cref="Dispose"/> closes it.</summary>
    public static DurableOutputBatch Begin()
    {
        var batch = new DurableOutputBatch(Open.Value);
        Open.Value = batch;
        return batch;
    }

    /// <summary>Starts writing the file's data to disk without waiting; only a hint, so a failure is left to the flush to find.</summary>
    internal static void StartWriteBack(SafeFileHandle file)
    {
        try
        {
            _ = StartFileWriteBack(file, 0, 0, StartWrite);
        }
        catch (EntryPointNotFoundException)
        {
            // A C library without it: the flush writes everything.
        }
    }

    /// <summary>Notes a file renamed into place without a sync of its own.</summary>
    internal void Add(string path) => _directories.TryAdd(Path.GetDirectoryName(Path.GetFullPath(path)) ?? "/", 0);

    /// <summary>
    /// <see cref="FlushInBackground"/>, but only while a core is free of the caller's work
    /// (<paramref name="busyThreads"/> fewer than the cores); otherwise the outputs wait for a later
    /// request or the end. A sync is not free for the work beside it: on this project's virtual
    /// machines a sync loop slowed another thread's writes (120 files of 360 KB: 62 → 102 ms), and
    /// the in-process Gutenberg workflow at -j 2 on 2 cores ran 112.6 ms with a sync after every
    /// job, 100.4 ms with this rule (fastest of 50, by turns in one process). With one thread of
    /// work, a core is free and each output is synced while the next one is made.
    /// </summary>
    public void FlushInBackgroundIfCoreFree(int busyThreads)
    {
        if (busyThreads < Environment.ProcessorCount)
        {
            FlushInBackground();
        }
    }

    /// <summary>
    /// Asks the batch's sync thread to sync what was written so far, and returns at once; asked
    /// again while it syncs, it syncs once more after. The work goes on meanwhile, and
    /// <see cref="Flush"/> at the end has only the last outputs left to wait for (the Gutenberg
    /// workflow's 22 MB of .dat files took 12–14 ms to sync at its end, a tail no second worker
    /// could share); a caller with work on every core asks through
    /// <see cref="FlushInBackgroundIfCoreFree"/>. A failure stops the background syncs and is kept
    /// for <see cref="Flush"/> to report.
    /// </summary>
    public void FlushInBackground()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_directories.IsEmpty)
        {
            return;
        }

        lock (_backgroundGate)
        {
            // One thread for the batch's life, made at the first request. A thread made per
            // request (a long-running task) cost the workflow a 3-5 ms gap before the next job at
            // nearly every job end at -j 2; a pool thread blocked in the kernel would leave the
            // jobs one pool thread short.
            _syncer ??= StartSyncer();
            _syncRequested = true;
            Monitor.Pulse(_backgroundGate);
        }
    }

    /// <summary>
    /// Waits until every output written in the batch so far is on disk, and returns how many
    /// directories this call synced (a directory removed since holds nothing to sync; one the
    /// background thread synced is not synced again).
    /// </summary>
    /// <exception cref="IOException">
    /// The file system could not write them back, now or in a sync made in the background.
    /// Linux reports such errors to <c>syncfs</c> from 5.8 on, for any file of that file system.
    /// </exception>
    public int Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        lock (_syncing)
        {
            // After the background sync under way, if any: what it took is on disk or failed. A
            // failed one is reported once, after what is left has been synced all the same (or
            // failed too: then the earlier failure is the one told).
            IOException? backgroundFailure = _backgroundFailure;
            _backgroundFailure = null;
            int synced;
            try
            {
                synced = SyncDirectories();
            }
            catch (IOException) when (backgroundFailure is not null)
            {
                throw backgroundFailure;
            }

            return backgroundFailure is null ? synced : throw backgroundFailure;
        }
    }

    private Thread StartSyncer()
    {
        // A background thread: a batch never keeps the process alive.
        var syncer = new Thread(SyncWhenAsked) { IsBackground = true, Name = "ParallelLab output sync" };
        syncer.UnsafeStart(); // nothing of the caller's flow (its AsyncLocal batch) is the thread's
        return syncer;
    }

    private void SyncWhenAsked()
    {
        while (true)
        {
            lock (_backgroundGate)
            {
                while (!_syncRequested && !_disposed)
                {
                    Monitor.Wait(_backgroundGate);
                }

                if (_disposed)
                {
                    return;
                }

                _syncRequested = false;
            }

            lock (_syncing)
            {
                if (_backgroundFailure is not null)
                {
                    continue; // no more background syncs: the flush reports the failure and syncs what is left
                }

                try
                {
                    SyncedInBackground += SyncDirectories();
                }
#pragma warning disable CA1031 // Kept for the flush to report: an exception on this thread would end the process.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    _backgroundFailure = e as IOException ?? new IOException($"the outputs could not be synced: {e.Message}", e);
                }
            }
        }
    }

    /// <summary>Syncs the noted directories; the caller holds <see cref="_syncing"/>.</summary>
    private int SyncDirectories()
    {
        int synced = 0;
        foreach (string directory in _directories.Keys)
        {
            // Taken out before the sync: a file written there meanwhile puts the directory back.
            if (_directories.TryRemove(directory, out _) && SyncFileSystemOf(directory))
            {
                synced++;
            }
        }

        return synced;
    }

    /// <summary>Closes the batch and ends its sync thread; what it wrote and did not flush is left to the kernel's write-back.</summary>
    public void Dispose()
    {
        lock (_backgroundGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Monitor.Pulse(_backgroundGate); // the thread ends after the sync it may be in
        }

        Open.Value = _outer;
    }

    private static bool SyncFileSystemOf(string directory)
    {
        int descriptor = OpenDirectory(directory, ReadOnlyCloseOnExec);
        if (descriptor < 0)
        {
            return false; // removed or moved since: its outputs went with it
        }

        try
        {
            if (SyncFileSystem(descriptor) != 0)
            {
                int error = Marshal.GetLastPInvokeError();
                throw new IOException($"the outputs in '{directory}' could not be written to disk: {Marshal.GetPInvokeErrorMessage(error)}");
            }
        }
        finally
        {
            _ = Close(descriptor);
        }

        return true;
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int OpenDirectory([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "close")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Close(int descriptor);

    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SyncFileSystem(int descriptor);

    [DllImport("libc", EntryPoint = "sync_file_range")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int StartFileWriteBack(SafeFileHandle descriptor, long offset, long bytes, uint flags);
}
